package kz.tizim.core.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Walks the trail from the first event and reports the first broken link: a recomputed hash that
 * differs from the stored one (an edited row), a previous hash that is not the prior event's (a
 * deleted or inserted row), or a gap in the sequence. An intact chain is still reported as a
 * problem when recorded events have waited longer than the allowed lag to be chained.
 */
public final class VerifyingAuditChain {

    /** How long a recorded event may wait to be chained unless configured otherwise. */
    public static final Duration DEFAULT_MAX_LAG = Duration.ofSeconds(60);

    private final AuditTrail trail;
    private final Clock clock;
    private final Duration maxLag;

    public VerifyingAuditChain(AuditTrail trail, Clock clock, Duration maxLag) {
        this.trail = trail;
        this.clock = clock;
        this.maxLag = maxLag;
    }

    public ChainVerification verify() {
        var walk = new Walk();
        trail.forEachInOrder(walk::check);
        if (walk.broken != null) {
            return walk.broken;
        }
        // Read after the walk: an event chained meanwhile has left the unchained ones, not been missed.
        AuditTrail.Unchained unchained = trail.unchained();
        Instant oldest = unchained.oldestRecordedAt();
        if (oldest != null && oldest.isBefore(clock.instant().minus(maxLag))) {
            return new ChainVerification.Stalled(walk.count, walk.previousHash, unchained.count(), oldest);
        }
        return new ChainVerification.Intact(walk.count, walk.previousHash);
    }

    private static final class Walk {
        long count;
        long expectedSequence = 1;
        String previousHash = AuditChain.GENESIS;
        ChainVerification.Broken broken;

        void check(ChainedAuditEvent stored) {
            if (broken != null) {
                return;
            }
            if (stored.sequence() != expectedSequence) {
                broken = new ChainVerification.Broken(stored.sequence(),
                        "expected event " + expectedSequence + " but found " + stored.sequence() + " (an event is missing)");
                return;
            }
            if (!stored.previousHash().equals(previousHash)) {
                broken = new ChainVerification.Broken(stored.sequence(),
                        "previous-hash does not match event " + (stored.sequence() - 1) + " (an event was removed or replaced)");
                return;
            }
            String recomputed = AuditChain.hash(stored.sequence(), stored.event(), stored.previousHash());
            if (!recomputed.equals(stored.hash())) {
                broken = new ChainVerification.Broken(stored.sequence(),
                        "content does not match its hash (the event was edited)");
                return;
            }
            count++;
            expectedSequence++;
            previousHash = stored.hash();
        }
    }
}
