package kz.tizim.core.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** An audit trail in a list, for tests; {@link #rows()} lets a test play the tampering DBA. */
final class InMemoryAuditTrail implements AuditTrail {

    private final List<ChainedAuditEvent> rows = new ArrayList<>();
    private final List<Instant> waiting = new ArrayList<>();

    /** Links the event at the head of the chain, as the chain writer does. */
    ChainedAuditEvent append(AuditEvent event) {
        String previous = rows.isEmpty() ? AuditChain.GENESIS : rows.get(rows.size() - 1).hash();
        ChainedAuditEvent chained = AuditChain.link(rows.size() + 1L, event, previous);
        rows.add(chained);
        return chained;
    }

    @Override
    public void forEachInOrder(Consumer<ChainedAuditEvent> consumer) {
        rows.forEach(consumer);
    }

    /** Records an event that waits to be chained since the given time. */
    void recordUnchained(Instant recordedAt) {
        waiting.add(recordedAt);
    }

    @Override
    public Unchained unchained() {
        return waiting.isEmpty() ? Unchained.NONE
                : new Unchained(waiting.size(), waiting.stream().min(Instant::compareTo).orElseThrow());
    }

    List<ChainedAuditEvent> rows() {
        return rows;
    }
}
