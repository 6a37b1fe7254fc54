package kz.tizim.core.scope;

import java.math.BigInteger;
import kz.tizim.match.locator.LocatorParser;

/**
 * A block of IPv4 or IPv6 addresses: a network address and a prefix length. A single address is a
 * /32 or /128 block.
 *
 * @param text the canonical text it was read from ({@code 192.0.2.0/24}, {@code 2001:db8::1})
 */
public record IpRange(String text, boolean ipv6, BigInteger network, int prefixLength) {

    public IpRange {
        int bits = ipv6 ? 128 : 32;
        if (prefixLength < 0 || prefixLength > bits) {
            throw new IllegalArgumentException("prefix length out of range: " + prefixLength);
        }
    }

    /** Reads a canonical address ({@code 192.0.2.1}) or network ({@code 2001:db8::/32}). */
    public static IpRange parse(String text) {
        var parser = new LocatorParser();
        boolean cidr = text.indexOf('/') >= 0;
        var rejection = cidr ? parser.parseCidr(text) : parser.parseIp(text);
        if (rejection != null) {
            throw new IllegalArgumentException("not an IP address or network: '" + text + "' ("
                    + parser.rejectionMessage() + ")");
        }
        boolean v6 = parser.hostType() == LocatorParser.HOST_IPV6;
        BigInteger value = v6 ? unsigned(parser.ipv6High()).shiftLeft(64).or(unsigned(parser.ipv6Low()))
                : BigInteger.valueOf(Integer.toUnsignedLong(parser.ipv4()));
        return new IpRange(text.strip(), v6, value, cidr ? parser.prefixLength() : v6 ? 128 : 32);
    }

    @Override
    public String toString() {
        return text;
    }

    /** Whether every address of {@code other} is in this block. */
    public boolean contains(IpRange other) {
        return ipv6 == other.ipv6 && prefixLength <= other.prefixLength
                && masked(other.network, prefixLength).equals(masked(network, prefixLength));
    }

    /** Whether the two blocks share an address. */
    public boolean overlaps(IpRange other) {
        return contains(other) || other.contains(this);
    }

    private BigInteger masked(BigInteger value, int length) {
        int bits = ipv6 ? 128 : 32;
        return value.shiftRight(bits - length);
    }

    private static BigInteger unsigned(long value) {
        return new BigInteger(Long.toUnsignedString(value));
    }
}
