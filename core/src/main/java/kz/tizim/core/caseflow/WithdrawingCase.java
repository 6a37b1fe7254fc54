package kz.tizim.core.caseflow;

import kz.tizim.core.account.Actor;
import kz.tizim.core.account.Role;
import kz.tizim.core.complaint.Complaints;
import kz.tizim.core.outcome.Outcome;
import kz.tizim.core.outcome.Refusal;

/**
 * Withdraws a case before restriction. A complainant may withdraw only a case that rests on their
 * own organisation's complaints alone; others' complaints keep it going. Regulator intake staff
 * withdraw on a complainant's written request.
 */
public final class WithdrawingCase {

    private final Complaints complaints;
    private final CaseUpdates updates;
    private final Timekeeping time;

    public WithdrawingCase(Complaints complaints, Cases cases, CaseEvents events, Timekeeping time) {
        this.complaints = complaints;
        this.updates = new CaseUpdates(cases, events);
        this.time = time;
    }

    public Outcome<Transition> withdraw(WithdrawCaseCommand command) {
        Actor actor = command.actor();
        if (!actor.has(Role.COMPLAINANT) && !actor.has(Role.REVIEWER)) {
            return Outcome.refused(Refusal.notAuthorised("only complainants and intake staff withdraw cases"));
        }
        return updates.apply(command.caseId(), c -> {
            if (!actor.has(Role.REVIEWER)) {
                boolean allOwn = c.complaints().stream()
                        .allMatch(id -> complaints.find(id)
                                .map(complaint -> complaint.organisation().equals(actor.organisation()))
                                .orElse(false));
                if (!allOwn) {
                    return Outcome.refused(Refusal.notAuthorised("case " + c.id()
                            + " also rests on other complainants' complaints"));
                }
            }
            return c.withdrawn(actor.name(), time.now());
        });
    }
}
