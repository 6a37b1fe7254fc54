package kz.tizim.core.notice;

import kz.tizim.core.account.Actor;
import kz.tizim.core.caseflow.CaseId;

/** Send the owner the notice of an approved decision. */
public record SendNoticeCommand(Actor actor, CaseId caseId) {
}
