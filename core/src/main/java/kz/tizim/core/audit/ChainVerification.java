package kz.tizim.core.audit;

/** The outcome of checking the whole audit chain. */
public sealed interface ChainVerification {

    /** Every link holds. */
    record Intact(long events, String headHash) implements ChainVerification {
    }

    /** The first event whose link does not hold, and why. Everything after it is suspect too. */
    record Broken(long sequence, String reason) implements ChainVerification {
    }
}
