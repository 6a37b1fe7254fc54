package kz.tizim.core.notice;

import kz.tizim.core.account.Actor;
import kz.tizim.core.caseflow.CaseId;

/** Re-check a noticed case after its compliance window. */
public record RecheckComplianceCommand(Actor actor, CaseId caseId) {
}
