package kz.tizim.core.caseflow;

import kz.tizim.core.account.Actor;

/** Withdraw the complaints behind a case. */
public record WithdrawCaseCommand(Actor actor, CaseId caseId) {
}
