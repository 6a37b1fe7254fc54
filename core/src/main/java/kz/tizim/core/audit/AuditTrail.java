package kz.tizim.core.audit;

import java.time.Instant;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The stored audit trail (port): the hash chain, and the events recorded with their changes that
 * the chain writer has not linked into it yet. Appending is the only way to change either.
 */
public interface AuditTrail {

    /** Streams every chained event in sequence order, oldest first. */
    void forEachInOrder(Consumer<ChainedAuditEvent> consumer);

    /** The events recorded but not yet linked into the chain. */
    Unchained unchained();

    /** How many recorded events wait to be chained, and when the longest-waiting one was recorded. */
    record Unchained(long count, @Nullable Instant oldestRecordedAt) {

        public static final Unchained NONE = new Unchained(0, null);
    }
}
