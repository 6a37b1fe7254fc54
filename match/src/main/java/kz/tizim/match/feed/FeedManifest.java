package kz.tizim.match.feed;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a feed body is, signed: which register version it brings the reader to, from which version,
 * how many lines it has and the SHA-256 of its bytes (the gzip file as served). The signature
 * ({@code manifest.sig}, 64 raw Ed25519 bytes) covers exactly the bytes of {@link #toJson()}:
 *
 * <pre>
 * {"format":"tizim-feed/1","type":"delta","serial":42,"previousSerial":40,
 *  "created":"2026-03-01T10:00:00Z","count":2,"bytes":311,"sha256":"5d1…"}
 * </pre>
 *
 * A snapshot replaces the reader's copy: its {@code previousSerial} is 0. A delta applies on top of
 * a copy at exactly {@code previousSerial}; any other copy must not apply it (a gap).
 *
 * @param type           {@code snapshot}, {@code delta} or another list's name (e.g. {@code do-not-advertise})
 * @param serial         the register version the body brings the reader to
 * @param previousSerial the version a delta starts from; 0 for a snapshot
 * @param created        when the body was produced
 * @param count          number of lines (entries) in the body
 * @param bytes          length of the body in bytes
 * @param sha256         SHA-256 of the body bytes, lower-case hex
 */
public record FeedManifest(String type, long serial, long previousSerial, Instant created, long count, long bytes,
        String sha256) {

    /** The format name and version written into every manifest. */
    public static final String FORMAT = "tizim-feed/1";
    /** The type of a full list. */
    public static final String SNAPSHOT = "snapshot";
    /** The type of a list of changes. */
    public static final String DELTA = "delta";

    /** Checks the members. */
    public FeedManifest {
        if (!type.matches("[a-z][a-z0-9-]{0,40}")) {
            throw new FeedFormatException("invalid manifest type " + type);
        }
        if (serial < 0 || previousSerial < 0 || count < 0 || bytes < 0) {
            throw new FeedFormatException("manifest numbers must not be negative");
        }
        if (previousSerial > serial) {
            throw new FeedFormatException("previousSerial " + previousSerial + " is after serial " + serial);
        }
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new FeedFormatException("sha256 must be 64 lower-case hex digits");
        }
    }

    /** The exact bytes that are signed and served. */
    public byte[] toJson() {
        return new FlatJson.Writer()
                .string("format", FORMAT)
                .string("type", type)
                .number("serial", serial)
                .number("previousSerial", previousSerial)
                .string("created", created.toString())
                .number("count", count)
                .number("bytes", bytes)
                .string("sha256", sha256)
                .toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Parses manifest bytes. Parsing does not check the signature: use {@link FeedSignatures#verifiedManifest}.
     *
     * @throws FeedFormatException when the bytes are not a manifest of this format
     */
    public static FeedManifest parse(byte[] json) {
        Map<String, @Nullable Object> m = FlatJson.parse(new String(json, StandardCharsets.UTF_8));
        if (m.size() != 8) {
            throw new FeedFormatException("a manifest has exactly 8 members, found " + m.size());
        }
        String format = FeedEntry.text(m, "format");
        if (!FORMAT.equals(format)) {
            throw new FeedFormatException("unsupported feed format " + format + " (expected " + FORMAT + ")");
        }
        return new FeedManifest(FeedEntry.text(m, "type"), FeedEntry.integer(m, "serial"),
                FeedEntry.integer(m, "previousSerial"), FeedEntry.instant(FeedEntry.text(m, "created")),
                FeedEntry.integer(m, "count"), FeedEntry.integer(m, "bytes"), FeedEntry.text(m, "sha256"));
    }
}
