package kz.tizim.core.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** An audit trail in a list, for tests; {@link #rows()} lets a test play the tampering DBA. */
final class InMemoryAuditTrail implements AuditTrail {

    private final List<ChainedAuditEvent> rows = new ArrayList<>();

    @Override
    public ChainedAuditEvent append(AuditEvent event) {
        String previous = rows.isEmpty() ? AuditChain.GENESIS : rows.get(rows.size() - 1).hash();
        ChainedAuditEvent chained = AuditChain.link(rows.size() + 1L, event, previous);
        rows.add(chained);
        return chained;
    }

    @Override
    public void forEachInOrder(Consumer<ChainedAuditEvent> consumer) {
        rows.forEach(consumer);
    }

    List<ChainedAuditEvent> rows() {
        return rows;
    }
}
