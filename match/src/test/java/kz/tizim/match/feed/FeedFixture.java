package kz.tizim.match.feed;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import kz.tizim.match.locator.LocatorKind;

/** Entries and keys for feed tests. */
final class FeedFixture {

    static final Instant START = Instant.parse("2026-03-01T00:00:00Z");

    private FeedFixture() {
    }

    static FeedEntry entry(long serial, FeedChange change, LocatorKind kind, String value, boolean inClear) {
        return new FeedEntry(serial, change, kind, inClear ? value : null, inClear ? null : Digests.sha256Hex(value),
                "TZ-2026-" + String.format("%06d", serial), "GAMBLING", "KZ-CC-307", "ORDINARY", START, null);
    }

    static KeyPair keys() throws Exception {
        return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    }

    static byte[] sign(KeyPair keys, byte[] message) throws Exception {
        Signature signature = Signature.getInstance("Ed25519");
        signature.initSign(keys.getPrivate());
        signature.update(message);
        return signature.sign();
    }
}
