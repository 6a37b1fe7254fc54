package kz.tizim.core.hosting;

import java.util.Optional;
import kz.tizim.match.locator.LocatorParser;

/**
 * An IPv4 or IPv6 address in canonical text (dotted quad, or RFC 5952) and as an unsigned 128-bit
 * value in two longs; IPv4 keeps its 32 bits in the low long. IPv4-mapped IPv6 addresses are IPv4.
 */
public record IpAddress(String text, boolean v6, long high, long low) {

    public IpAddress {
        if (!v6 && (high != 0 || (low >>> 32) != 0)) {
            throw new IllegalArgumentException("an IPv4 address has 32 bits");
        }
    }

    /**
     * Parses an address in any form a browser accepts ({@code 192.0.2.1}, {@code 3221225985},
     * {@code [2001:db8::1]}); empty when the text is not an IP address. Never resolves a name.
     */
    public static Optional<IpAddress> parse(String text) {
        LocatorParser parser = new LocatorParser();
        String trimmed = text.strip();
        if (trimmed.isEmpty() || parser.parseIp(trimmed) != null) {
            return Optional.empty();
        }
        boolean v6 = parser.hostType() == LocatorParser.HOST_IPV6;
        return Optional.of(v6
                ? new IpAddress(parser.hostString(), true, parser.ipv6High(), parser.ipv6Low())
                : new IpAddress(parser.hostString(), false, 0, parser.ipv4() & 0xFFFF_FFFFL));
    }

    /** Parses an address that must be valid (stored or resolved data); throws otherwise. */
    public static IpAddress of(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("not an IP address: '" + text + "'"));
    }

    /** The IPv4 bits as an int (meaningful only when {@link #v6()} is false). */
    public int v4Bits() {
        return (int) low;
    }

    @Override
    public String toString() {
        return text;
    }
}
