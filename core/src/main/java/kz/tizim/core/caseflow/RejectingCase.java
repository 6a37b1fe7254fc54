package kz.tizim.core.caseflow;

import kz.tizim.core.account.Role;
import kz.tizim.core.outcome.Outcome;
import kz.tizim.core.outcome.Refusal;

/** Rejects a case before any decision: the reviewer assigned to it, or a legal officer. */
public final class RejectingCase {

    private final CaseUpdates updates;
    private final Timekeeping time;

    public RejectingCase(Cases cases, CaseEvents events, Timekeeping time) {
        this.updates = new CaseUpdates(cases, events);
        this.time = time;
    }

    public Outcome<Transition> reject(RejectCaseCommand command) {
        var actor = command.actor();
        if (!actor.has(Role.REVIEWER) && !actor.has(Role.LEGAL_OFFICER)) {
            return Outcome.refused(Refusal.notAuthorised("only reviewers and legal officers reject cases"));
        }
        if (command.reason().isBlank()) {
            return Outcome.refused(Refusal.invalid("a rejection states its reason"));
        }
        return updates.apply(command.caseId(), c -> {
            if (!actor.has(Role.LEGAL_OFFICER) && c.reviewer() != null && !c.reviewer().equals(actor.name())) {
                return Outcome.refused(Refusal.notAuthorised("case " + c.id() + " is assigned to " + c.reviewer()));
            }
            return c.rejected(command.reason().strip(), actor.name(), time.now());
        });
    }
}
