package kz.tizim.core.register;

import java.time.Instant;
import kz.tizim.core.legal.LegalBasisId;
import kz.tizim.core.legal.LocatorPublication;
import kz.tizim.core.legal.OffenceCategory;
import kz.tizim.core.legal.Urgency;
import kz.tizim.match.locator.Locator;
import org.jspecify.annotations.Nullable;

/**
 * Put a restriction ordered by a decision into the register, or renew it (same decision and
 * locator, new end). Recording the same terms twice is harmless: callers may retry.
 */
public record RecordRestrictionCommand(Locator locator, DecisionReference decision, OffenceCategory category,
        LegalBasisId legalBasis, Urgency urgency, Instant start, @Nullable Instant end,
        LocatorPublication publication) {

    public RegisterEntry entry() {
        return new RegisterEntry(locator, decision, category, legalBasis, urgency, start, end, publication);
    }
}
