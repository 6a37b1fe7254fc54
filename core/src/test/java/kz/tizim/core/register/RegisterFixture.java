package kz.tizim.core.register;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import kz.tizim.core.legal.LegalBasisId;
import kz.tizim.core.legal.LocatorPublication;
import kz.tizim.core.legal.OffenceCategory;
import kz.tizim.core.legal.Urgency;
import kz.tizim.match.locator.Locator;
import org.jspecify.annotations.Nullable;

/** Commands and a settable clock for register tests. */
final class RegisterFixture {

    static final Instant MARCH_1 = Instant.parse("2026-03-01T06:00:00Z");

    private RegisterFixture() {
    }

    static RecordRestrictionCommand order(String locator, String decision, @Nullable Instant end) {
        return new RecordRestrictionCommand(Locator.parse(locator), new DecisionReference(decision),
                OffenceCategory.GAMBLING, new LegalBasisId("KZ-CC-307"), Urgency.ORDINARY, MARCH_1, end,
                LocatorPublication.PUBLISHED);
    }

    /** A clock that tests move forward. */
    static final class MovableClock extends Clock {
        Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
