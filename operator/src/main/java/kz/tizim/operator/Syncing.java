package kz.tizim.operator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.tizim.match.feed.FeedBodies;
import kz.tizim.match.feed.FeedEntry;
import kz.tizim.match.feed.FeedManifest;
import kz.tizim.match.feed.FeedSignatures;
import kz.tizim.match.feed.FeedVerificationException;
import org.jspecify.annotations.Nullable;

/**
 * One sync: bring the local copy to the server's current serial with a delta (or the snapshot for
 * a first sync, or when the delta is gone), verifying everything before anything is applied:
 * <ul>
 *   <li>the manifest's Ed25519 signature with the pinned key;
 *   <li>the body's length and SHA-256 against the signed manifest;
 *   <li>the serials: a delta must start exactly at the local serial and hold every version up to
 *       its own (a gap is refused), and nothing may take the copy backwards.
 * </ul>
 * Only then is the new copy written (atomically) and the serial acknowledged.
 */
final class Syncing {

    /** What a sync did. */
    record Result(long fromSerial, long toSerial, String how, int entries) {
    }

    private final FeedServer server;
    private final PublicKey key;
    private final Path dir;

    Syncing(FeedServer server, PublicKey key, Path dir) {
        this.server = server;
        this.key = key;
        this.dir = dir;
    }

    Result sync() throws IOException {
        LocalCopy local = LocalCopy.load(dir);
        String fingerprint = LocalCopy.fingerprint(key);
        if (local != null && !local.keyFingerprint().equals(fingerprint)) {
            throw new FeedVerificationException("the local copy in " + dir + " was verified with another key;"
                    + " if the register's key was rotated, move the old copy away and sync again");
        }
        LocalCopy next;
        String how;
        if (local == null) {
            next = snapshot(null, fingerprint);
            how = "snapshot";
        } else {
            LocalCopy viaDelta = null;
            try {
                viaDelta = delta(local);
            } catch (FeedServer.HttpFailure e) {
                if (e.status != 410) {
                    throw e;
                }
            }
            if (viaDelta != null) {
                next = viaDelta;
                how = "delta";
            } else {
                next = snapshot(local, fingerprint);
                how = "snapshot (delta gone)";
            }
        }
        if (local == null || next.serial() != local.serial()) {
            next.save(dir);
        }
        server.acknowledge(next.serial());
        return new Result(local == null ? 0 : local.serial(), next.serial(), how, next.entries().size());
    }

    private LocalCopy snapshot(@Nullable LocalCopy local, String fingerprint) throws IOException {
        byte[] manifestJson = server.bytes("/feeds/v1/snapshot/manifest");
        long serial = FeedManifest.parse(manifestJson).serial();
        FeedManifest manifest = FeedSignatures.verifiedManifest(key, manifestJson,
                server.bytes("/feeds/v1/snapshot/manifest.sig?serial=" + serial));
        if (!manifest.type().equals(FeedManifest.SNAPSHOT) || manifest.previousSerial() != 0) {
            throw new FeedVerificationException("the signed manifest is not a snapshot manifest");
        }
        if (local != null && manifest.serial() < local.serial()) {
            throw new FeedVerificationException("the server's snapshot is at serial " + manifest.serial()
                    + ", behind the local copy at " + local.serial() + ": refusing to go backwards");
        }
        Map<String, FeedEntry> entries = new LinkedHashMap<>();
        withBody("/feeds/v1/snapshot?serial=" + manifest.serial(), manifest, entry -> {
            if (!entry.change().applies() || entry.serial() > manifest.serial()) {
                throw new FeedVerificationException("snapshot line " + entry.key() + " is not a current entry");
            }
            entries.put(entry.key(), entry);
        });
        return new LocalCopy(manifest.serial(), fingerprint, entries);
    }

    private LocalCopy delta(LocalCopy local) throws IOException {
        long since = local.serial();
        byte[] manifestJson = server.bytes("/feeds/v1/delta/manifest?since=" + since);
        long serial = FeedManifest.parse(manifestJson).serial();
        FeedManifest manifest = FeedSignatures.verifiedManifest(key, manifestJson,
                server.bytes("/feeds/v1/delta/manifest.sig?since=" + since + "&serial=" + serial));
        if (!manifest.type().equals(FeedManifest.DELTA)) {
            throw new FeedVerificationException("the signed manifest is not a delta manifest");
        }
        if (manifest.previousSerial() != since) {
            throw new FeedVerificationException("the delta starts at serial " + manifest.previousSerial()
                    + " but the local copy is at " + since + ": refusing a gap");
        }
        if (manifest.count() != manifest.serial() - since) {
            throw new FeedVerificationException("the delta to serial " + manifest.serial() + " has " + manifest.count()
                    + " changes, expected " + (manifest.serial() - since) + ": refusing a gap");
        }
        Map<String, FeedEntry> entries = new LinkedHashMap<>();
        for (FeedEntry entry : local.entries()) {
            entries.put(entry.key(), entry);
        }
        if (manifest.serial() == since) {
            return new LocalCopy(since, local.keyFingerprint(), entries);
        }
        long[] expected = {since + 1};
        withBody("/feeds/v1/delta?since=" + since + "&serial=" + manifest.serial(), manifest, entry -> {
            if (entry.serial() != expected[0]) {
                throw new FeedVerificationException("delta line has serial " + entry.serial() + ", expected "
                        + expected[0] + ": refusing a gap or reordering");
            }
            expected[0]++;
            entries.remove(entry.key());
            if (entry.change().applies()) {
                entries.put(entry.key(), entry);
            }
        });
        return new LocalCopy(manifest.serial(), local.keyFingerprint(), entries);
    }

    private void withBody(String path, FeedManifest manifest, java.util.function.Consumer<FeedEntry> handler)
            throws IOException {
        Files.createDirectories(dir);
        Path body = Files.createTempFile(dir, "download", ".jsonl.gz");
        try {
            server.download(path, body);
            FeedBodies.check(manifest, body);
            FeedBodies.read(manifest, body, handler);
        } finally {
            Files.deleteIfExists(body);
        }
    }
}
