package kz.tizim.core.audit;

/**
 * Walks the trail from the first event and reports the first broken link: a recomputed hash that
 * differs from the stored one (an edited row), a previous hash that is not the prior event's (a
 * deleted or inserted row), or a gap in the sequence.
 */
public final class VerifyingAuditChain {

    private final AuditTrail trail;

    public VerifyingAuditChain(AuditTrail trail) {
        this.trail = trail;
    }

    public ChainVerification verify() {
        var walk = new Walk();
        trail.forEachInOrder(walk::check);
        return walk.broken != null ? walk.broken : new ChainVerification.Intact(walk.count, walk.previousHash);
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
