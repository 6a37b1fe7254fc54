package kz.tizim.server.complaint;

import kz.tizim.core.caseflow.LocatorTriage;
import kz.tizim.core.caseflow.TriageOutcome;
import org.jspecify.annotations.Nullable;

/**
 * What triage did with one submitted locator, as the complainant is told it.
 *
 * @param outcome {@code NEW_CASE}, {@code ADDED_TO_OPEN_CASE}, {@code ALREADY_RESTRICTED} or {@code INVALID}
 * @param locator the canonical locator ({@code <kind> <value>}), absent when invalid
 * @param decision the decision already restricting it
 * @param reason why the text is not a locator
 */
public record TriageLine(String submitted, String outcome, @Nullable Long caseId, @Nullable String locator,
        @Nullable String decision, @Nullable String reason) {

    static TriageLine of(LocatorTriage triage) {
        String text = triage.submitted();
        TriageOutcome outcome = triage.outcome();
        if (outcome instanceof TriageOutcome.NewCase n) {
            return new TriageLine(text, "NEW_CASE", n.caseId().value(), n.locator().toString(), null, null);
        }
        if (outcome instanceof TriageOutcome.AddedToOpenCase a) {
            return new TriageLine(text, "ADDED_TO_OPEN_CASE", a.caseId().value(), a.locator().toString(), null, null);
        }
        if (outcome instanceof TriageOutcome.AlreadyRestricted r) {
            return new TriageLine(text, "ALREADY_RESTRICTED", null, r.locator().toString(), r.decision().value(),
                    null);
        }
        return new TriageLine(text, "INVALID", null, null, null, ((TriageOutcome.Invalid) outcome).reason());
    }
}
