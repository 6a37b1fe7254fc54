package kz.tizim.core.register;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The register of restrictions: append-only versions with a gapless, increasing serial. Reads
 * stream, so the full list of millions of entries is never held in memory.
 */
public interface Register {

    /** The serial of the latest version, 0 for an empty register. */
    long currentSerial();

    /** The entry for this decision and locator, if it is currently in the register. */
    Optional<RegisterEntry> findCurrent(RegisterEntry.Key key);

    /**
     * Appends a version. Implementations assign the next serial and keep versions in commit order,
     * so a reader that has seen serial N has seen every version up to N.
     */
    RegisterChange append(ChangeKind kind, RegisterEntry entry, Instant recordedAt, String reason);

    /**
     * Every entry currently in the register, as the version that gave it its current state (ordered
     * or renewed), in serial order.
     */
    void forEachCurrent(Consumer<RegisterChange> consumer);

    /** Every version after {@code serial}, in serial order. */
    void forEachChangeSince(long serial, Consumer<RegisterChange> consumer);

    /** The entries that were in force at {@code instant}, as the register recorded them at that time. */
    void forEachActiveAt(Instant instant, Consumer<RegisterEntry> consumer);

    /** Entries currently in the register whose end is at or before {@code instant}. */
    void forEachEndedBy(Instant instant, Consumer<RegisterEntry> consumer);
}
