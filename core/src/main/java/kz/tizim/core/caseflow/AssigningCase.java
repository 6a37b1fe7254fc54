package kz.tizim.core.caseflow;

import kz.tizim.core.account.Actor;
import kz.tizim.core.account.Role;
import kz.tizim.core.outcome.Outcome;
import kz.tizim.core.outcome.Refusal;

/**
 * Assigns a case to a reviewer: a reviewer may take a case for themselves; legal officers and
 * administrators may assign or reassign to anyone.
 */
public final class AssigningCase {

    private final CaseUpdates updates;
    private final Timekeeping time;

    public AssigningCase(Cases cases, CaseEvents events, Timekeeping time) {
        this.updates = new CaseUpdates(cases, events);
        this.time = time;
    }

    public Outcome<Transition> assign(AssignCaseCommand command) {
        Actor actor = command.actor();
        boolean supervises = actor.has(Role.LEGAL_OFFICER) || actor.has(Role.ADMIN);
        boolean takesOwn = actor.has(Role.REVIEWER) && actor.name().equals(command.reviewer());
        if (!supervises && !takesOwn) {
            return Outcome.refused(Refusal.notAuthorised("reviewers take cases for themselves; legal officers and"
                    + " administrators assign them"));
        }
        if (command.reviewer().isBlank()) {
            return Outcome.refused(Refusal.invalid("name the reviewer"));
        }
        return updates.apply(command.caseId(), c -> {
            if (!supervises && c.reviewer() != null) {
                return Outcome.refused(Refusal.notAuthorised("case " + c.id() + " is assigned to " + c.reviewer()
                        + "; ask a legal officer to reassign it"));
            }
            return c.assign(command.reviewer(), actor.name(), time.now());
        });
    }
}
