package kz.tizim.core.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash chain: each event's SHA-256 covers its sequence number, every field and the previous
 * event's hash, so editing, deleting or reordering any stored event breaks every later link.
 *
 * <p>Fields are length-prefixed before hashing so that moving characters between two adjacent
 * fields ("ab"+"c" versus "a"+"bc") changes the hash.
 */
public final class AuditChain {

    /** The "previous hash" of the first event. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    public static String hash(long sequence, AuditEvent event, String previousHash) {
        MessageDigest sha256 = sha256();
        update(sha256, Long.toString(sequence));
        update(sha256, event.occurredAt().toString());
        update(sha256, event.actor());
        update(sha256, event.organisation());
        update(sha256, event.role());
        update(sha256, event.action());
        update(sha256, event.target());
        update(sha256, event.requestId());
        update(sha256, event.detail());
        update(sha256, previousHash);
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** Links a new event after the given head of the chain. */
    public static ChainedAuditEvent link(long sequence, AuditEvent event, String previousHash) {
        return new ChainedAuditEvent(sequence, event, previousHash, hash(sequence, event, previousHash));
    }

    private static void update(MessageDigest digest, String field) {
        byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
