package kz.tizim.core.notice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.tizim.core.account.Actor;
import kz.tizim.core.account.Role;
import kz.tizim.core.caseflow.Case;
import kz.tizim.core.caseflow.CaseEvents;
import kz.tizim.core.caseflow.CaseStatus;
import kz.tizim.core.caseflow.CaseUpdates;
import kz.tizim.core.caseflow.Cases;
import kz.tizim.core.caseflow.Timekeeping;
import kz.tizim.core.caseflow.Transition;
import kz.tizim.core.decision.Decision;
import kz.tizim.core.decision.Decisions;
import kz.tizim.core.outcome.Outcome;
import kz.tizim.core.outcome.Refusal;
import kz.tizim.match.locator.Locator;

/**
 * After the compliance window, fetches every complained locator: all gone means the owner complied
 * (COMPLIED); any still present means access is restricted (RESTRICTION_ORDERED) from now for the
 * decision's term. A failed fetch with nothing present decides nothing; the re-check is retried.
 */
public final class RecheckingCompliance {

    /** The refusal rule when probes failed and nothing can be concluded. */
    public static final String PROBE_FAILED = "ProbeFailed";

    private final Cases cases;
    private final CaseUpdates updates;
    private final Decisions decisions;
    private final ContentProbe probe;
    private final Timekeeping time;

    public RecheckingCompliance(Cases cases, CaseEvents events, Decisions decisions, ContentProbe probe,
            Timekeeping time) {
        this.cases = cases;
        this.updates = new CaseUpdates(cases, events);
        this.decisions = decisions;
        this.probe = probe;
        this.time = time;
    }

    /** Who may re-check: the system's schedule and reviewers. The console offers the button by this rule. */
    public static boolean mayRecheck(Actor actor) {
        return actor.kind() == Actor.Kind.SYSTEM || actor.has(Role.REVIEWER);
    }

    public Outcome<Transition> recheck(RecheckComplianceCommand command) {
        Actor actor = command.actor();
        if (!mayRecheck(actor)) {
            return Outcome.refused(Refusal.notAuthorised("re-checks are run by the system or a reviewer"));
        }
        Optional<Case> found = cases.find(command.caseId());
        Optional<Decision> decision = found.flatMap(c -> decisions.findByCase(c.id()));
        if (found.isEmpty() || decision.isEmpty()) {
            return Outcome.refused(Refusal.notFound("no approved decision for case " + command.caseId()));
        }
        Case c = found.get();
        Instant now = time.now();
        if (c.status() != CaseStatus.NOTICE_SENT || c.complianceDue() == null) {
            return Outcome.refused(Refusal.ILLEGAL_TRANSITION, "case " + c.id() + " awaits no compliance (it is "
                    + c.status() + ")");
        }
        if (now.isBefore(c.complianceDue())) {
            return Outcome.refused("ComplianceWindow", "the owner has until " + c.complianceDue() + " to comply");
        }
        var observations = new ArrayList<String>();
        boolean present = false;
        boolean failed = false;
        for (Locator locator : c.locators()) {
            ProbeResult result = probe.probe(locator);
            if (result instanceof ProbeResult.Present p) {
                present = true;
                observations.add(locator + ": present, HTTP " + p.status() + " at " + p.finalUrl() + ", sha256 "
                        + p.contentSha256());
            } else if (result instanceof ProbeResult.Gone g) {
                observations.add(locator + ": gone, HTTP " + g.status() + " at " + g.finalUrl());
            } else if (result instanceof ProbeResult.Failed f) {
                failed = true;
                observations.add(locator + ": fetch failed, " + f.reason());
            }
        }
        if (present) {
            return updates.commit(c.orderRestriction(decision.get().restriction(c, now, time), actor.name(), now));
        }
        if (failed) {
            return Outcome.refused(PROBE_FAILED, String.join("; ", observations));
        }
        return updates.commit(c.complied(observations, actor.name(), now));
    }

    /** Re-checks every case whose compliance window has closed; returns what changed. */
    public List<Transition> recheckDue(Actor actor) {
        var changed = new ArrayList<Transition>();
        for (Case c : cases.findComplianceDueBy(time.now())) {
            if (recheck(new RecheckComplianceCommand(actor, c.id())) instanceof Outcome.Done<Transition> done) {
                changed.add(done.value());
            }
        }
        return changed;
    }
}
