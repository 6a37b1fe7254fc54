package kz.tizim.core.decision;

import kz.tizim.core.account.Actor;
import kz.tizim.core.caseflow.CaseId;

/** Approve the case's current draft decision. */
public record ApproveDecisionCommand(Actor actor, CaseId caseId) {
}
