package kz.tizim.core.audit;

/** An audit event as stored: its place in the chain, the previous link's hash and its own. */
public record ChainedAuditEvent(long sequence, AuditEvent event, String previousHash, String hash) {
}
