package kz.tizim.core.audit;

import java.time.Instant;

/** The outcome of checking the whole audit chain. */
public sealed interface ChainVerification {

    /** Every link holds, and every recorded event is chained or about to be. */
    record Intact(long events, String headHash) implements ChainVerification {
    }

    /** The first event whose link does not hold, and why. Everything after it is suspect too. */
    record Broken(long sequence, String reason) implements ChainVerification {
    }

    /**
     * Every link holds, but recorded events have waited longer than allowed to be chained: the
     * chain writer is stopped or failing, and those events are not yet protected by the chain.
     */
    record Stalled(long events, String headHash, long unchained, Instant oldestRecordedAt)
            implements ChainVerification {
    }
}
