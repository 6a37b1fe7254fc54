package kz.tizim.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VerifyingAuditChainTest {

    private final InMemoryAuditTrail trail = new InMemoryAuditTrail();
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private final VerifyingAuditChain verifying = new VerifyingAuditChain(trail, Clock.fixed(NOW, ZoneOffset.UTC),
            Duration.ofSeconds(60));

    @BeforeEach
    void threeEvents() {
        trail.append(event("alice", "LOGIN", "user:alice"));
        trail.append(event("alice", "TOKEN_ISSUED", "organisation:2"));
        trail.append(event("bob", "LOGIN_FAILED", "user:bob"));
    }

    @Test
    void reportsAnIntactChainWithItsLength() {
        assertThat(verifying.verify()).isInstanceOfSatisfying(ChainVerification.Intact.class,
                intact -> assertThat(intact.events()).isEqualTo(3));
    }

    @Test
    void detectsAnEditedEventAsTheFirstBrokenLink() {
        ChainedAuditEvent second = trail.rows().get(1);
        AuditEvent edited = new AuditEvent(second.event().occurredAt(), "mallory", second.event().organisation(),
                second.event().role(), second.event().action(), second.event().target(), second.event().requestId(),
                second.event().detail());
        trail.rows().set(1, new ChainedAuditEvent(2, edited, second.previousHash(), second.hash()));

        assertThat(verifying.verify()).isEqualTo(
                new ChainVerification.Broken(2, "content does not match its hash (the event was edited)"));
    }

    @Test
    void detectsAnEditedEventWhoseHashWasAlsoRecomputed() {
        ChainedAuditEvent second = trail.rows().get(1);
        AuditEvent edited = new AuditEvent(second.event().occurredAt(), "mallory", "", "", "LOGIN", "", "", "");
        trail.rows().set(1, AuditChain.link(2, edited, second.previousHash()));

        assertThat(verifying.verify()).isInstanceOfSatisfying(ChainVerification.Broken.class,
                broken -> assertThat(broken.sequence()).isEqualTo(3));
    }

    @Test
    void detectsADeletedEvent() {
        trail.rows().remove(1);

        assertThat(verifying.verify()).isInstanceOfSatisfying(ChainVerification.Broken.class,
                broken -> assertThat(broken.sequence()).isEqualTo(3));
    }

    @Test
    void acceptsEventsThatWaitToBeChainedForLessThanTheAllowedLag() {
        trail.recordUnchained(NOW.minusSeconds(59));

        assertThat(verifying.verify()).isInstanceOf(ChainVerification.Intact.class);
    }

    @Test
    void reportsEventsLeftUnchainedLongerThanTheAllowedLag() {
        trail.recordUnchained(NOW.minusSeconds(5));
        trail.recordUnchained(NOW.minusSeconds(61));

        assertThat(verifying.verify()).isEqualTo(new ChainVerification.Stalled(3, trail.rows().get(2).hash(), 2,
                NOW.minusSeconds(61)));
    }

    @Test
    void reportsABrokenLinkBeforeAStalledWriter() {
        trail.recordUnchained(NOW.minusSeconds(600));
        trail.rows().remove(1);

        assertThat(verifying.verify()).isInstanceOf(ChainVerification.Broken.class);
    }

    @Test
    void distinguishesFieldsWhoseConcatenationIsEqual() {
        Instant now = Instant.parse("2026-11-23T10:00:00Z");
        var one = new AuditEvent(now, "ab", "c", "", "X", "", "", "");
        var two = new AuditEvent(now, "a", "bc", "", "X", "", "", "");

        assertThat(AuditChain.hash(1, one, AuditChain.GENESIS)).isNotEqualTo(AuditChain.hash(1, two, AuditChain.GENESIS));
    }

    private static AuditEvent event(String actor, String action, String target) {
        return new AuditEvent(Instant.parse("2026-11-23T10:15:30.123456789Z"), actor, "1", "ADMIN", action, target,
                "req-1", "");
    }
}
