package kz.tizim.core.notice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;
import kz.tizim.core.account.Role;
import kz.tizim.core.caseflow.Case;
import kz.tizim.core.caseflow.CaseEvents;
import kz.tizim.core.caseflow.CaseUpdates;
import kz.tizim.core.caseflow.Cases;
import kz.tizim.core.caseflow.Timekeeping;
import kz.tizim.core.caseflow.Transition;
import kz.tizim.core.outcome.Outcome;
import kz.tizim.core.outcome.Refusal;
import kz.tizim.match.locator.Locator;

/**
 * When the owner of a restricted site reports that the content is gone, a reviewer or legal
 * officer re-fetches every restricted locator: all gone restores access at once (the restriction is
 * lifted and leaves the register); anything still there, or a fetch that failed, changes nothing.
 * The law asks for restoration "immediately" once the violation is removed (Communications Law
 * art. 41-1 paras 5-6 per the research notes; to verify), so this does not wait for the term's end
 * or an appeal. The same holds when the host state removed the content after a cross-border request;
 * the lifting's reason then cites the request.
 */
public final class RestoringAccess {

    /** The refusal rule when the content is still served. */
    public static final String STILL_PRESENT = "ContentStillPresent";

    private final Cases cases;
    private final CaseUpdates updates;
    private final ContentProbe probe;
    private final Timekeeping time;

    public RestoringAccess(Cases cases, CaseEvents events, ContentProbe probe, Timekeeping time) {
        this.cases = cases;
        this.updates = new CaseUpdates(cases, events);
        this.probe = probe;
        this.time = time;
    }

    public Outcome<Transition> restore(RestoreAccessCommand command) {
        if (!mayRestore(command)) {
            return Outcome.refused(Refusal.notAuthorised("access is restored by a reviewer or a legal officer, or by"
                    + " the foreign desk after a request to the host state"));
        }
        Optional<Case> found = cases.find(command.caseId());
        if (found.isEmpty()) {
            return Outcome.refused(Refusal.notFound("no case " + command.caseId()));
        }
        Case c = found.get();
        var observations = new ArrayList<String>();
        for (Locator locator : c.locators()) {
            ProbeResult result = probe.probe(locator);
            if (result instanceof ProbeResult.Present p) {
                return Outcome.refused(STILL_PRESENT, locator + " still answers HTTP " + p.status() + " at "
                        + p.finalUrl());
            }
            if (result instanceof ProbeResult.Failed f) {
                return Outcome.refused(RecheckingCompliance.PROBE_FAILED, locator + ": fetch failed, " + f.reason());
            }
            ProbeResult.Gone gone = (ProbeResult.Gone) result;
            observations.add(locator + ": gone, HTTP " + gone.status() + " at " + gone.finalUrl());
        }
        Instant now = time.now();
        String ground = command.requestAbroad() == null ? "The content was removed; access is restored."
                : "The content was removed by the host state after " + command.requestAbroad()
                        + "; access is restored.";
        return updates.commit(c.accessRestored(ground, observations, command.actor().name(), now));
    }

    /**
     * Reviewers and legal officers restore access; the foreign desk may too when the content went after
     * its request to the host state, the outcome it tracks (the re-fetch below decides either way).
     */
    private static boolean mayRestore(RestoreAccessCommand command) {
        return command.actor().has(Role.REVIEWER) || command.actor().has(Role.LEGAL_OFFICER)
                || (command.requestAbroad() != null && command.actor().has(Role.FOREIGN_DESK));
    }
}
