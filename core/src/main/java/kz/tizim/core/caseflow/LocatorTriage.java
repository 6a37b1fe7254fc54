package kz.tizim.core.caseflow;

/** One submitted locator, as written, and what triage did with it. */
public record LocatorTriage(String submitted, TriageOutcome outcome) {
}
