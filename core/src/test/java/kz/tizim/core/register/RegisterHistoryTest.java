package kz.tizim.core.register;

import static kz.tizim.core.register.RegisterFixture.MARCH_1;
import static kz.tizim.core.register.RegisterFixture.order;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import kz.tizim.core.legal.LegalBasisId;
import kz.tizim.core.legal.LocatorPublication;
import kz.tizim.core.legal.OffenceCategory;
import kz.tizim.core.legal.Urgency;
import kz.tizim.match.locator.Locator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RegisterHistoryTest {

    InMemoryRegister register;
    RegisterFixture.MovableClock clock;
    RecordingRestriction recording;
    LiftingRestriction lifting;
    ExpiringRestrictions expiring;

    @BeforeEach
    void setUp() {
        register = new InMemoryRegister();
        clock = new RegisterFixture.MovableClock(MARCH_1.minus(Duration.ofHours(1)));
        recording = new RecordingRestriction(register, clock);
        lifting = new LiftingRestriction(register, clock);
        expiring = new ExpiringRestrictions(register, clock);
    }

    @Test
    void everyOrderRenewalLiftAndExpiryIsANewVersion() {
        Instant april = Instant.parse("2026-04-01T00:00:00Z");
        recording.record(order("domain casino.example", "TZ-2026-000001", april));
        recording.record(order("domain-tree mirror.test", "TZ-2026-000002", null));
        clock.advance(Duration.ofDays(10));
        var renewed = recording.record(order("domain casino.example", "TZ-2026-000001", april.plus(Duration.ofDays(30))));
        var lifted = lifting.lift(new LiftRestrictionCommand(new DecisionReference("TZ-2026-000002"),
                Locator.parse("domain-tree mirror.test"), "appeal upheld"));
        clock.now = april.plus(Duration.ofDays(31));
        List<RegisterChange> expired = expiring.expireDue();

        assertThat(renewed).isInstanceOfSatisfying(RecordingRestriction.Recorded.class,
                r -> assertThat(r.change().kind()).isEqualTo(ChangeKind.RENEWED));
        assertThat(lifted).isInstanceOf(LiftingRestriction.Lifted.class);
        assertThat(expired).extracting(RegisterChange::kind).containsExactly(ChangeKind.EXPIRED);
        assertThat(register.versions).extracting(RegisterChange::serial).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(register.versions).extracting(RegisterChange::kind).containsExactly(ChangeKind.ORDERED,
                ChangeKind.ORDERED, ChangeKind.RENEWED, ChangeKind.LIFTED, ChangeKind.EXPIRED);
        assertThat(current()).isEmpty();
    }

    @Test
    void pastStatesCanBeProducedAfterLiftingAndExpiry() {
        recording.record(order("domain casino.example", "TZ-2026-000001", null));
        recording.record(order("ip 192.0.2.10", "TZ-2026-000003", Instant.parse("2026-03-05T00:00:00Z")));
        clock.now = Instant.parse("2026-03-10T00:00:00Z");
        lifting.lift(new LiftRestrictionCommand(new DecisionReference("TZ-2026-000001"),
                Locator.parse("domain casino.example"), "owner complied"));

        assertThat(activeAt("2026-03-02T00:00:00Z")).containsExactlyInAnyOrder("domain casino.example", "ip 192.0.2.10");
        // The IP order ended on 5 March even though no expiry job had run yet.
        assertThat(activeAt("2026-03-06T00:00:00Z")).containsExactly("domain casino.example");
        assertThat(activeAt("2026-03-11T00:00:00Z")).isEmpty();
        assertThat(activeAt("2026-02-28T00:00:00Z")).isEmpty();
    }

    @Test
    void recordingTheSameTermsTwiceAppendsNothing() {
        recording.record(order("domain casino.example", "TZ-2026-000001", null));

        var again = recording.record(order("domain casino.example", "TZ-2026-000001", null));

        assertThat(again).isInstanceOf(RecordingRestriction.AlreadyRecorded.class);
        assertThat(register.currentSerial()).isEqualTo(1);
    }

    @Test
    void rejectsCsamInClear() {
        var command = new RecordRestrictionCommand(Locator.parse("url http://hidden.example/a"),
                new DecisionReference("TZ-2026-000009"), OffenceCategory.CSAM, new LegalBasisId("KZ-CC-312"),
                Urgency.IMMEDIATE, MARCH_1, null, LocatorPublication.PUBLISHED);

        assertThat(recording.record(command)).isEqualTo(new RecordingRestriction.Rejected(Rejection.CSAM_MUST_BE_HASHED));
        assertThat(register.currentSerial()).isZero();
    }

    @Test
    void rejectsAnEndBeforeTheStartAndAnEndAlreadyPassed() {
        assertThat(recording.record(order("domain casino.example", "TZ-2026-000001", MARCH_1.minusSeconds(1))))
                .isEqualTo(new RecordingRestriction.Rejected(Rejection.END_NOT_AFTER_START));
        clock.now = Instant.parse("2026-05-01T00:00:00Z");
        assertThat(recording.record(order("domain casino.example", "TZ-2026-000001", Instant.parse("2026-04-01T00:00:00Z"))))
                .isEqualTo(new RecordingRestriction.Rejected(Rejection.ALREADY_ENDED));
    }

    @Test
    void aRenewalCannotChangeTheLegalBasis() {
        recording.record(order("domain casino.example", "TZ-2026-000001", null));
        var other = new RecordRestrictionCommand(Locator.parse("domain casino.example"),
                new DecisionReference("TZ-2026-000001"), OffenceCategory.GAMBLING, new LegalBasisId("KZ-CC-190"),
                Urgency.ORDINARY, MARCH_1, null, LocatorPublication.PUBLISHED);

        assertThat(recording.record(other)).isEqualTo(new RecordingRestriction.Rejected(Rejection.RENEWAL_CHANGES_TERMS));
    }

    @Test
    void liftingWhatIsNotInTheRegisterIsRejected() {
        var result = lifting.lift(new LiftRestrictionCommand(new DecisionReference("TZ-2026-000001"),
                Locator.parse("domain casino.example"), "error"));

        assertThat(result).isEqualTo(new LiftingRestriction.Rejected(Rejection.NOT_IN_REGISTER));
    }

    private List<String> current() {
        List<String> out = new ArrayList<>();
        register.forEachCurrent(c -> out.add(c.entry().locator().toString()));
        return out;
    }

    private List<String> activeAt(String instant) {
        List<String> out = new ArrayList<>();
        register.forEachActiveAt(Instant.parse(instant), e -> out.add(e.locator().toString()));
        return out;
    }
}
