package kz.tizim.core.appeal;

import java.time.Instant;
import java.util.Optional;
import kz.tizim.core.caseflow.CaseEvents;
import kz.tizim.core.caseflow.CaseUpdates;
import kz.tizim.core.caseflow.Cases;
import kz.tizim.core.caseflow.Timekeeping;
import kz.tizim.core.caseflow.Transition;
import kz.tizim.core.decision.Decision;
import kz.tizim.core.decision.Decisions;
import kz.tizim.core.outcome.Outcome;
import kz.tizim.core.outcome.Refusal;

/**
 * An independent legal officer decides an appeal with reasons: UPHELD keeps the restriction until
 * its term ends; LIFTED ends it now ({@code RestrictionLifted}).
 */
public final class DecidingAppeal {

    private final CaseUpdates updates;
    private final Decisions decisions;
    private final Appeals appeals;
    private final IndependentReviewPolicy independence = new IndependentReviewPolicy();
    private final Timekeeping time;

    public DecidingAppeal(Cases cases, CaseEvents events, Decisions decisions, Appeals appeals, Timekeeping time) {
        this.updates = new CaseUpdates(cases, events);
        this.decisions = decisions;
        this.appeals = appeals;
        this.time = time;
    }

    public Outcome<Appeal> decide(DecideAppealCommand command) {
        Optional<Appeal> appeal = appeals.find(command.appealId());
        Optional<Decision> decision = appeal.flatMap(a -> decisions.find(a.decision()));
        if (appeal.isEmpty() || decision.isEmpty()) {
            return Outcome.refused(Refusal.notFound("no appeal " + command.appealId()));
        }
        Optional<String> objection = independence.objection(decision.get(), command.actor());
        if (objection.isPresent()) {
            return Outcome.refused("IndependentReviewPolicy", objection.get());
        }
        if (appeal.get().decided()) {
            return Outcome.refused(Refusal.ILLEGAL_TRANSITION, "appeal " + command.appealId() + " was decided already");
        }
        if (command.reasons().isBlank()) {
            return Outcome.refused(Refusal.invalid("an appeal decision gives its reasons"));
        }
        Instant now = time.now();
        String reasons = command.reasons().strip();
        String by = command.actor().name();
        Outcome<Transition> decided = updates.apply(appeal.get().caseId(),
                c -> c.appealDecided(command.appealId(), command.outcome(), reasons, by, now));
        if (!decided.isDone()) {
            return Outcome.refused(decided.refusalIfAny().orElseThrow());
        }
        Appeal after = appeal.get().decided(command.outcome(), by, reasons, now);
        appeals.save(after);
        return Outcome.done(after);
    }
}
