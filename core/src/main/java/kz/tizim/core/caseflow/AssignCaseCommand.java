package kz.tizim.core.caseflow;

import kz.tizim.core.account.Actor;

/** Assign a case to a reviewer, or reassign it. */
public record AssignCaseCommand(Actor actor, CaseId caseId, String reviewer) {
}
