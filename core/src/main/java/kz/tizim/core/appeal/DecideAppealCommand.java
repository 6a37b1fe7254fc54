package kz.tizim.core.appeal;

import kz.tizim.core.account.Actor;
import kz.tizim.core.caseflow.AppealId;
import kz.tizim.core.caseflow.AppealOutcome;

/** Decide an appeal: uphold or lift the restriction, with reasons. */
public record DecideAppealCommand(Actor actor, AppealId appealId, AppealOutcome outcome, String reasons) {
}
