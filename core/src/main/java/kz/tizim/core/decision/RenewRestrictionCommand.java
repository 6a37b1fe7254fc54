package kz.tizim.core.decision;

import java.time.Period;
import kz.tizim.core.account.Actor;
import kz.tizim.core.caseflow.CaseId;

/** Extend a running restriction by {@code term}, for fresh reasons. */
public record RenewRestrictionCommand(Actor actor, CaseId caseId, Period term, String freshReasons) {
}
