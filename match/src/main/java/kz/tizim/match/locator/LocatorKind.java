package kz.tizim.match.locator;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** What a register entry restricts, in order from most to least specific when they overlap. */
public enum LocatorKind {
    /** Exactly one URL (http and https variants are the same resource). */
    URL("url"),
    /** Every URL under a prefix, cut at path-segment or query-parameter boundaries. */
    URL_PREFIX("url-prefix"),
    /** Exactly this host name. */
    DOMAIN("domain"),
    /** This host name and all of its subdomains. */
    DOMAIN_TREE("domain-tree"),
    /** One IPv4 or IPv6 address. */
    IP("ip"),
    /** An IPv4 or IPv6 network. */
    CIDR("cidr");

    private final String token;

    LocatorKind(String token) {
        this.token = token;
    }

    /** The name used in list files and on the command line ({@code url-prefix}, {@code domain-tree}, …). */
    public String token() {
        return token;
    }

    /** The kind written as {@code token}, case-insensitively, or {@code null} when there is none. */
    public static @Nullable LocatorKind fromToken(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        for (LocatorKind kind : values()) {
            if (kind.token.equals(lower)) {
                return kind;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return token;
    }
}
