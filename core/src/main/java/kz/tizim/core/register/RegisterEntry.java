package kz.tizim.core.register;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import kz.tizim.core.legal.LegalBasisId;
import kz.tizim.core.legal.LocatorPublication;
import kz.tizim.core.legal.OffenceCategory;
import kz.tizim.core.legal.Urgency;
import kz.tizim.match.locator.Locator;
import org.jspecify.annotations.Nullable;

/**
 * One restriction as the register holds it.
 *
 * @param locator     what is restricted, in canonical form
 * @param decision    the decision that ordered it
 * @param category    the offence category
 * @param legalBasis  the Kazakh legal basis cited
 * @param urgency     immediate entries must be applied within 1 hour, ordinary ones within 24 hours
 * @param start       when the restriction takes effect
 * @param end         when it ends by itself, or null for "until lifted"
 * @param publication whether the locator may be shown in clear, or only as a SHA-256 hash
 */
public record RegisterEntry(Locator locator, DecisionReference decision, OffenceCategory category,
        LegalBasisId legalBasis, Urgency urgency, Instant start, @Nullable Instant end,
        LocatorPublication publication) {

    /** Register times are kept to the microsecond (what PostgreSQL stores), so stored entries compare equal. */
    public RegisterEntry {
        start = start.truncatedTo(ChronoUnit.MICROS);
        end = end == null ? null : end.truncatedTo(ChronoUnit.MICROS);
    }

    /** The identity of an entry across versions: one decision restricting one locator. */
    public record Key(DecisionReference decision, Locator locator) {
    }

    public Key key() {
        return new Key(decision, locator);
    }

    /** Whether the restriction is in force at {@code instant} by its own terms. */
    public boolean inForceAt(Instant instant) {
        return !start.isAfter(instant) && (end == null || end.isAfter(instant));
    }

    public boolean published() {
        return publication == LocatorPublication.PUBLISHED;
    }
}
