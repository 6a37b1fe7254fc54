package kz.tizim.core.hosting;

import java.util.Optional;
import kz.tizim.match.locator.LocatorParser;
import kz.tizim.match.locator.PublicSuffixes;
import org.jspecify.annotations.Nullable;

/** A DNS host name in canonical form: lower case, A-labels, no trailing dot ({@code xn--80ak6aa92e.kz}). */
public record HostName(String value) {

    public HostName {
        if (value.isEmpty() || value.length() > 253 || !value.equals(value.toLowerCase(java.util.Locale.ROOT))) {
            throw new IllegalArgumentException("not a canonical host name: '" + value + "'");
        }
    }

    /** Canonicalises a name as a browser would (UTS #46); empty for IP literals and invalid names. */
    public static Optional<HostName> parse(String text) {
        String trimmed = text.strip();
        if (trimmed.endsWith(".")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        LocatorParser parser = new LocatorParser();
        if (trimmed.isEmpty() || parser.parseHost(trimmed) != null || parser.hostType() != LocatorParser.HOST_NAME) {
            return Optional.empty();
        }
        return Optional.of(new HostName(parser.hostString()));
    }

    public static HostName of(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("not a host name: '" + text + "'"));
    }

    /** The registrable domain ({@code example.com.kz}), or null when the name is itself a public suffix. */
    public @Nullable String registrableDomain() {
        return PublicSuffixes.registrableDomain(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
