package kz.tizim.match.feed;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/** Checks a downloaded body against its (verified) manifest and reads its lines. */
public final class FeedBodies {

    private FeedBodies() {
    }

    /**
     * Checks that {@code body} has exactly the length and SHA-256 that the manifest states.
     *
     * @throws FeedVerificationException when it does not (the body was altered or truncated)
     */
    public static void check(FeedManifest manifest, Path body) throws IOException {
        MessageDigest digest = Digests.sha256();
        long length = 0;
        try (InputStream in = new DigestInputStream(Files.newInputStream(body), digest)) {
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                length += n;
            }
        }
        String actual = Digests.hex(digest.digest());
        if (length != manifest.bytes() || !actual.equals(manifest.sha256())) {
            throw new FeedVerificationException("the " + manifest.type() + " body for serial " + manifest.serial()
                    + " does not match its signed manifest (sha256 " + actual + ", " + length
                    + " bytes; signed: " + manifest.sha256() + ", " + manifest.bytes() + " bytes)");
        }
    }

    /**
     * Reads the entries of a checked gzip body in order.
     *
     * @throws FeedFormatException at the first invalid line, or when the count differs from the manifest
     */
    public static void read(FeedManifest manifest, Path body, Consumer<FeedEntry> handler) throws IOException {
        long count = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(body), 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = reader.readLine()) != null) {
                count++;
                try {
                    handler.accept(FeedEntry.parse(line));
                } catch (FeedFormatException e) {
                    throw new FeedFormatException("line " + count + ": " + e.getMessage());
                }
            }
        }
        if (count != manifest.count()) {
            throw new FeedFormatException("the body has " + count + " lines, its manifest says " + manifest.count());
        }
    }
}
