package kz.tizim.core.caseflow;

import java.time.Instant;
import kz.tizim.core.legal.LegalBasisId;
import kz.tizim.core.legal.OffenceCategory;
import kz.tizim.core.legal.Urgency;
import kz.tizim.match.locator.Locator;

/**
 * What the register needs to list a restriction.
 *
 * @param scope the canonical locator restricted (its kind included)
 * @param publishable whether the register may show the locator in clear (else hashes only)
 */
public record Restriction(Locator scope, DecisionNumber decision, OffenceCategory category, LegalBasisId basis,
        Urgency urgency, Instant start, Instant end, boolean publishable) {

    public Restriction {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a restriction ends after it starts");
        }
    }

    public Restriction endingAt(Instant newEnd) {
        return new Restriction(scope, decision, category, basis, urgency, start, newEnd, publishable);
    }
}
