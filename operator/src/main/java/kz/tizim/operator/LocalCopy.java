package kz.tizim.operator;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.tizim.match.feed.Digests;
import kz.tizim.match.feed.FeedEntry;
import kz.tizim.match.feed.FeedFormatException;
import kz.tizim.match.feed.FlatJson;
import org.jspecify.annotations.Nullable;

/**
 * The operator's verified copy of the register, in one file ({@code DIR/register.jsonl}): a header
 * line with the serial and the fingerprint of the key that verified it, then one feed line per
 * current entry. It is replaced atomically (written to a temporary file, forced to disk, then
 * renamed over the old one), so a crash mid-sync leaves the previous copy intact.
 */
final class LocalCopy {

    static final String FILE = "register.jsonl";
    static final String FORMAT = "tizim-local/1";

    private final long serial;
    private final String keyFingerprint;
    private final Map<String, FeedEntry> entries;

    LocalCopy(long serial, String keyFingerprint, Map<String, FeedEntry> entries) {
        this.serial = serial;
        this.keyFingerprint = keyFingerprint;
        this.entries = entries;
    }

    static String fingerprint(PublicKey key) {
        return Digests.sha256Hex(key.getEncoded());
    }

    long serial() {
        return serial;
    }

    String keyFingerprint() {
        return keyFingerprint;
    }

    Collection<FeedEntry> entries() {
        return entries.values();
    }

    /** The copy in {@code dir}, or null when there is none yet. */
    static @Nullable LocalCopy load(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        if (!Files.exists(file)) {
            return null;
        }
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = reader.readLine();
            if (header == null) {
                throw new FeedFormatException(file + " is empty");
            }
            Map<String, @Nullable Object> h = FlatJson.parse(header);
            if (!FORMAT.equals(h.get("format")) || !(h.get("serial") instanceof Long serial)
                    || !(h.get("key") instanceof String key)) {
                throw new FeedFormatException(file + " does not start with a " + FORMAT + " header");
            }
            Map<String, FeedEntry> entries = new LinkedHashMap<>();
            String line;
            while ((line = reader.readLine()) != null) {
                FeedEntry entry = FeedEntry.parse(line);
                entries.put(entry.key(), entry);
            }
            return new LocalCopy(serial, key, entries);
        }
    }

    /** Writes this copy into {@code dir}, replacing the previous one atomically. */
    void save(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, FILE, ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp);
                    BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
                writer.write(new FlatJson.Writer().string("format", FORMAT).number("serial", serial)
                        .string("key", keyFingerprint).string("saved", Instant.now().toString()).toString());
                writer.write('\n');
                for (FeedEntry entry : entries.values()) {
                    writer.write(entry.toJson());
                    writer.write('\n');
                }
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            try {
                Files.move(temp, dir.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException(dir + " does not support atomic renames; use a local file system", e);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
