package kz.tizim.core.caseflow;

import kz.tizim.core.account.Actor;

/** Close a case without a decision against the site, with the reason the complainants will read. */
public record RejectCaseCommand(Actor actor, CaseId caseId, String reason) {
}
