package kz.tizim.match.locator;

import org.jspecify.annotations.Nullable;

/**
 * A register entry's target: a {@link LocatorKind} and the value in canonical form. Instances exist
 * only in canonical form (there is no public constructor), so two locators for the same resource are
 * {@link #equals equal} however they were written.
 */
public final class Locator {

    private final LocatorKind kind;
    private final String value;

    private Locator(LocatorKind kind, String value) {
        this.kind = kind;
        this.value = value;
    }

    /**
     * Canonicalises {@code text} as a locator of {@code kind}.
     *
     * @throws InvalidLocatorException when the text is not a valid locator of that kind
     */
    public static Locator of(LocatorKind kind, String text) {
        LocatorParser parser = Canonicalizer.parser();
        String value;
        switch (kind) {
            case URL, URL_PREFIX -> {
                Canonicalizer.check(parser, parser.parseUrl(text));
                value = parser.urlString();
            }
            case DOMAIN, DOMAIN_TREE -> {
                Canonicalizer.check(parser, parser.parseHost(text));
                if (parser.hostType() != LocatorParser.HOST_NAME) {
                    throw new InvalidLocatorException(Rejection.IP_ADDRESS_NOT_A_DOMAIN,
                            Rejection.IP_ADDRESS_NOT_A_DOMAIN.message(""));
                }
                value = parser.hostString();
            }
            case IP -> {
                Canonicalizer.check(parser, parser.parseIp(text));
                value = parser.hostString();
            }
            case CIDR -> {
                Canonicalizer.check(parser, parser.parseCidr(text));
                value = parser.hostString() + "/" + parser.prefixLength();
            }
            default -> throw new AssertionError(kind);
        }
        return new Locator(kind, value);
    }

    /**
     * Parses the list-file form {@code <kind> <value>} (one or more spaces or tabs between them).
     *
     * @throws InvalidLocatorException when the kind is unknown or the value invalid for it
     */
    public static Locator parse(String line) {
        String trimmed = line.strip();
        int space = 0;
        while (space < trimmed.length() && trimmed.charAt(space) != ' ' && trimmed.charAt(space) != '\t') {
            space++;
        }
        LocatorKind kind = LocatorKind.fromToken(trimmed.substring(0, space));
        if (kind == null) {
            throw new InvalidLocatorException(Rejection.UNKNOWN_KIND, Rejection.UNKNOWN_KIND.message(
                    trimmed.substring(0, Math.min(space, 40))));
        }
        String value = trimmed.substring(space).strip();
        return of(kind, value);
    }

    /** What this locator restricts. */
    public LocatorKind kind() {
        return kind;
    }

    /**
     * The canonical value: a URL for {@code url}/{@code url-prefix}, an A-label host name for
     * {@code domain}/{@code domain-tree}, a dotted quad or RFC 5952 address for {@code ip}, and
     * {@code address/length} for {@code cidr}.
     */
    public String value() {
        return value;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Locator other && kind == other.kind && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + value.hashCode();
    }

    /** The list-file form, {@code <kind> <value>}. */
    @Override
    public String toString() {
        return kind.token() + " " + value;
    }
}
