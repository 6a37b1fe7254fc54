package kz.tizim.match.feed;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import kz.tizim.match.locator.InvalidLocatorException;
import kz.tizim.match.locator.Locator;
import kz.tizim.match.locator.LocatorKind;
import org.jspecify.annotations.Nullable;

/**
 * One line of a feed body: a register entry in the state a register version gave it.
 *
 * <pre>
 * {"serial":7,"change":"ordered","kind":"domain","locator":"casino.example","sha256":null,
 *  "decision":"TZ-2026-000007","category":"GAMBLING","basis":"KZ-CC-307","urgency":"ORDINARY",
 *  "start":"2026-03-01T00:00:00Z","end":null}
 * </pre>
 *
 * Exactly one of {@code locator} and {@code sha256} is set. Entries that may never be shown in clear
 * (child sexual abuse material) carry only {@code sha256}, the SHA-256 (lower-case hex) of the
 * canonical value in UTF-8, and are matched by hashing the candidate forms of a query (see
 * {@link HashedLocators}). Lines are flat JSON objects with exactly these members, in this order.
 *
 * @param serial   the register version that gave the entry this state
 * @param change   what that version did
 * @param kind     the locator kind
 * @param locator  the canonical value, or null when only its hash may be distributed
 * @param sha256   SHA-256 of the canonical value, only when {@code locator} is null
 * @param decision the decision number, e.g. {@code TZ-2026-000007}
 * @param category the offence category, e.g. {@code COPYRIGHT}
 * @param basis    the legal basis id, e.g. {@code KZ-CC-198}
 * @param urgency  {@code IMMEDIATE} (apply within 1 hour) or {@code ORDINARY} (24 hours)
 * @param start    when the restriction starts
 * @param end      when it ends, or null when it is open-ended (until lifted)
 */
public record FeedEntry(long serial, FeedChange change, LocatorKind kind, @Nullable String locator, @Nullable String sha256,
        String decision, String category, String basis, String urgency, Instant start, @Nullable Instant end) {

    /** Checks the members that a reader relies on. */
    public FeedEntry {
        if (serial <= 0) {
            throw new FeedFormatException("serial must be positive: " + serial);
        }
        if ((locator == null) == (sha256 == null)) {
            throw new FeedFormatException("an entry has either a locator or a sha256, not both or neither");
        }
        if (sha256 != null && !Digests.isSha256Hex(sha256)) {
            throw new FeedFormatException("sha256 must be 64 lower-case hex digits");
        }
    }

    /** The identity of an entry across versions: decision, kind and locator (or its hash). */
    public String key() {
        return decision + ' ' + kind.token() + ' ' + (locator != null ? locator : "sha256:" + sha256);
    }

    /** Whether the locator is distributed in clear. */
    public boolean inClear() {
        return locator != null;
    }

    /** The locator, for entries in clear. */
    public Locator toLocator() {
        if (locator == null) {
            throw new IllegalStateException("entry " + key() + " is distributed as a hash only");
        }
        return Locator.of(kind, locator);
    }

    /** The entry as one JSON line (without the line break). */
    public String toJson() {
        StringBuilder out = new StringBuilder(256);
        appendJson(out);
        return out.toString();
    }

    /** Appends the entry as one JSON line (without the line break) to {@code out}. */
    public void appendJson(StringBuilder out) {
        appendJson(out, null);
    }

    /**
     * As {@link #appendJson(StringBuilder)}, formatting instants through {@code instants}: entries of a
     * feed mostly share a few start dates, and formatting an instant costs more than the rest of a line.
     */
    void appendJson(StringBuilder out, @Nullable InstantText instants) {
        new FlatJson.Writer(out)
                .number("serial", serial)
                .string("change", change.token())
                .string("kind", kind.token())
                .string("locator", locator)
                .string("sha256", sha256)
                .string("decision", decision)
                .string("category", category)
                .string("basis", basis)
                .string("urgency", urgency)
                .string("start", instants == null ? start.toString() : instants.of(start))
                .string("end", end == null ? null : instants == null ? end.toString() : instants.of(end))
                .end();
    }

    /**
     * Parses one line.
     *
     * @throws FeedFormatException when the line is not a valid entry
     */
    public static FeedEntry parse(String line) {
        Map<String, @Nullable Object> m = FlatJson.parse(line);
        if (m.size() != 11) {
            throw new FeedFormatException("an entry has exactly 11 members, found " + m.size());
        }
        LocatorKind kind = LocatorKind.fromToken(text(m, "kind"));
        if (kind == null) {
            throw new FeedFormatException("unknown kind " + text(m, "kind"));
        }
        String locator = optionalText(m, "locator");
        String sha256 = optionalText(m, "sha256");
        if (locator != null) {
            try {
                if (!Locator.of(kind, locator).value().equals(locator)) {
                    throw new FeedFormatException("locator is not in canonical form: " + locator);
                }
            } catch (InvalidLocatorException e) {
                throw new FeedFormatException("invalid locator " + locator + ": " + e.getMessage());
            }
        }
        String end = optionalText(m, "end");
        return new FeedEntry(integer(m, "serial"), FeedChange.fromToken(text(m, "change")), kind, locator,
                sha256, text(m, "decision"), text(m, "category"), text(m, "basis"), text(m, "urgency"),
                instant(text(m, "start")), end == null ? null : instant(end));
    }

    static String text(Map<String, @Nullable Object> m, String name) {
        if (m.get(name) instanceof String s) {
            return s;
        }
        throw new FeedFormatException("member \"" + name + "\" must be a string");
    }

    static @Nullable String optionalText(Map<String, @Nullable Object> m, String name) {
        if (!m.containsKey(name)) {
            throw new FeedFormatException("member \"" + name + "\" is missing");
        }
        Object value = m.get(name);
        if (value == null) {
            return null;
        }
        return text(m, name);
    }

    static long integer(Map<String, @Nullable Object> m, String name) {
        if (m.get(name) instanceof Long n) {
            return n;
        }
        throw new FeedFormatException("member \"" + name + "\" must be an integer");
    }

    static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new FeedFormatException("not an ISO-8601 instant: " + text);
        }
    }
}
