package kz.tizim.match.feed;

import java.util.Locale;

/** What a register version did to an entry. A snapshot holds only ordered and renewed entries. */
public enum FeedChange {
    /** A new restriction: apply it. */
    ORDERED,
    /** An existing restriction with new terms (usually a later end): replace it. */
    RENEWED,
    /** Lifted before its end (appeal upheld, compliance, error): remove it. */
    LIFTED,
    /** Reached its end: remove it. */
    EXPIRED;

    /** Whether an entry in this state is to be applied (ordered or renewed). */
    public boolean applies() {
        return this == ORDERED || this == RENEWED;
    }

    /** The lower-case name used in feed lines. */
    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The change written as {@code token} in a feed line. */
    public static FeedChange fromToken(String token) {
        for (FeedChange change : values()) {
            if (change.token().equals(token)) {
                return change;
            }
        }
        throw new FeedFormatException("unknown change \"" + token + "\"");
    }
}
