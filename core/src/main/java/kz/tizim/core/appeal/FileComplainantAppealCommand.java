package kz.tizim.core.appeal;

import kz.tizim.core.account.Actor;
import kz.tizim.core.caseflow.CaseId;

/** A complainant of the case appeals its restriction. */
public record FileComplainantAppealCommand(Actor actor, CaseId caseId, String grounds) {
}
