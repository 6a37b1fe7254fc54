package kz.tizim.core.decision;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import kz.tizim.core.account.Actor;
import kz.tizim.core.account.Role;
import kz.tizim.core.caseflow.Case;
import kz.tizim.core.caseflow.CaseEvents;
import kz.tizim.core.caseflow.CaseUpdates;
import kz.tizim.core.caseflow.Cases;
import kz.tizim.core.caseflow.Timekeeping;
import kz.tizim.core.caseflow.Transition;
import kz.tizim.core.outcome.Outcome;
import kz.tizim.core.outcome.Refusal;

/**
 * A legal officer extends a running restriction before it ends. Restrictions are temporary: a
 * renewal needs fresh reasons (not the original reasoning or an earlier renewal's repeated), and
 * each renewal is limited to the maximum term.
 */
public final class RenewingRestriction {

    private final Cases cases;
    private final CaseUpdates updates;
    private final Decisions decisions;
    private final RestrictionTerms terms;
    private final Timekeeping time;

    public RenewingRestriction(Cases cases, CaseEvents events, Decisions decisions, RestrictionTerms terms,
            Timekeeping time) {
        this.cases = cases;
        this.updates = new CaseUpdates(cases, events);
        this.decisions = decisions;
        this.terms = terms;
        this.time = time;
    }

    /** Whether the actor may renew the case's restriction now. The console offers the form by this rule. */
    public static boolean mayRenew(Actor actor, Case c, Instant at) {
        return actor.has(Role.LEGAL_OFFICER) && c.renewableAt(at);
    }

    public Outcome<Transition> renew(RenewRestrictionCommand command) {
        if (!command.actor().has(Role.LEGAL_OFFICER)) {
            return Outcome.refused(Refusal.notAuthorised("only a legal officer renews a restriction"));
        }
        Optional<Case> found = cases.find(command.caseId());
        Optional<Decision> decision = found.flatMap(c -> decisions.findByCase(c.id()));
        if (found.isEmpty() || decision.isEmpty() || found.get().restriction() == null) {
            return Outcome.refused(Refusal.notFound("no restriction for case " + command.caseId()));
        }
        String reasons = command.freshReasons().strip();
        if (reasons.isEmpty() || repeats(reasons, decision.get())) {
            return Outcome.refused("FreshReasons", "a renewal needs fresh reasons, not the ones already given");
        }
        if (!terms.allows(command.term())) {
            return Outcome.refused("RestrictionTerms", "a renewal of " + command.term() + " exceeds the maximum "
                    + terms.maximum());
        }
        Case c = found.get();
        Instant now = time.now();
        Instant previousEnd = c.restriction().end();
        Instant newEnd = time.after(previousEnd, command.term());
        Outcome<Transition> renewed = updates.commit(c.renewed(newEnd, reasons, command.actor().name(), now));
        if (renewed.isDone()) {
            decisions.save(decision.get().renewed(new Renewal(command.actor().name(), now, previousEnd, newEnd,
                    reasons)));
        }
        return renewed;
    }

    private static boolean repeats(String reasons, Decision decision) {
        String fresh = normalised(reasons);
        return fresh.equals(normalised(decision.draft().reasoning()))
                || decision.renewals().stream().anyMatch(renewal -> fresh.equals(normalised(renewal.reasons())));
    }

    private static String normalised(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
