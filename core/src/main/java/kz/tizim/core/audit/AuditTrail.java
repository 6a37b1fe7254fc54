package kz.tizim.core.audit;

import java.util.function.Consumer;

/** The stored audit trail (port). Appending is the only way to change it. */
public interface AuditTrail {

    /** Appends the event at the head of the chain, atomically with the caller's transaction. */
    ChainedAuditEvent append(AuditEvent event);

    /** Streams every stored event in sequence order, oldest first. */
    void forEachInOrder(Consumer<ChainedAuditEvent> consumer);
}
