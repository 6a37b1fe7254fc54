package kz.tizim.core.caseflow;

import java.util.function.Function;
import kz.tizim.core.outcome.Outcome;
import kz.tizim.core.outcome.Refusal;

/**
 * Applies one step to a stored case: loads it, runs the step, and on success saves the case and
 * appends its events, in that order. A refused step stores nothing.
 */
public final class CaseUpdates {

    private final Cases cases;
    private final CaseEvents events;

    public CaseUpdates(Cases cases, CaseEvents events) {
        this.cases = cases;
        this.events = events;
    }

    public Outcome<Transition> apply(CaseId id, Function<Case, Outcome<Transition>> step) {
        return cases.find(id)
                .map(step)
                .map(this::commit)
                .orElseGet(() -> Outcome.refused(Refusal.notFound("no case " + id)));
    }

    /** Saves a successful transition and appends its events. */
    public Outcome<Transition> commit(Outcome<Transition> outcome) {
        if (outcome instanceof Outcome.Done<Transition> done) {
            cases.save(done.value().after());
            done.value().events().forEach(events::append);
        }
        return outcome;
    }
}
