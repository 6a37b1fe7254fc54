package kz.tizim.core.notice;

import kz.tizim.core.account.Actor;
import kz.tizim.core.caseflow.CaseId;

/** Check that a restricted site removed the content and, if so, restore access. */
public record RestoreAccessCommand(Actor actor, CaseId caseId) {
}
