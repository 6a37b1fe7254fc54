package kz.tizim.core.caseflow;

import kz.tizim.match.locator.Locator;

/** What triage did with one submitted locator. */
public sealed interface TriageOutcome {

    /** A new case was opened for the locator's site. */
    record NewCase(CaseId caseId, Locator locator) implements TriageOutcome {
    }

    /** The locator joined an open case (the same locator, or the same site still in review). */
    record AddedToOpenCase(CaseId caseId, Locator locator) implements TriageOutcome {
    }

    /** A restriction in force already covers the locator. */
    record AlreadyRestricted(DecisionNumber decision, Locator locator) implements TriageOutcome {
    }

    /** The text is not a valid locator; {@code reason} is for the complainant. */
    record Invalid(String reason) implements TriageOutcome {
    }
}
