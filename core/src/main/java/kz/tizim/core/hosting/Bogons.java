package kz.tizim.core.hosting;

import java.util.List;
import java.util.Optional;

/**
 * Reserved, private and documentation address ranges ("bogons"). Such an address says nothing about
 * where a site is hosted, so it is never attributed to a country or an organisation, whatever a
 * database says. Sources: the IANA IPv4 and IPv6 Special-Purpose Address Registries (RFC 6890) and
 * the RFCs named per range. Every IPv6 address outside global unicast {@code 2000::/3} is a bogon too.
 */
public final class Bogons {

    /** One reserved range and why it is reserved. */
    public record Range(String network, String purpose) {
    }

    /** The ranges, in the registries' order. */
    public static final List<Range> RANGES = List.of(
            new Range("0.0.0.0/8", "\"this network\" (RFC 791)"),
            new Range("10.0.0.0/8", "private network (RFC 1918)"),
            new Range("100.64.0.0/10", "shared address space, carrier-grade NAT (RFC 6598)"),
            new Range("127.0.0.0/8", "loopback (RFC 1122)"),
            new Range("169.254.0.0/16", "link-local (RFC 3927)"),
            new Range("172.16.0.0/12", "private network (RFC 1918)"),
            new Range("192.0.0.0/24", "IETF protocol assignments (RFC 6890)"),
            new Range("192.0.2.0/24", "documentation, TEST-NET-1 (RFC 5737)"),
            new Range("192.88.99.0/24", "deprecated 6to4 relay anycast (RFC 7526)"),
            new Range("192.168.0.0/16", "private network (RFC 1918)"),
            new Range("198.18.0.0/15", "benchmarking (RFC 2544)"),
            new Range("198.51.100.0/24", "documentation, TEST-NET-2 (RFC 5737)"),
            new Range("203.0.113.0/24", "documentation, TEST-NET-3 (RFC 5737)"),
            new Range("224.0.0.0/4", "multicast (RFC 5771)"),
            new Range("240.0.0.0/4", "reserved, and the limited broadcast address (RFC 1112, RFC 919)"),
            new Range("::/128", "unspecified address (RFC 4291)"),
            new Range("::1/128", "loopback (RFC 4291)"),
            new Range("64:ff9b::/96", "NAT64 well-known prefix (RFC 6052)"),
            new Range("64:ff9b:1::/48", "local-use NAT64 (RFC 8215)"),
            new Range("100::/64", "discard-only (RFC 6666)"),
            new Range("2001::/23", "IETF protocol assignments, including Teredo (RFC 2928, RFC 4380)"),
            new Range("2001:db8::/32", "documentation (RFC 3849)"),
            new Range("2002::/16", "6to4 (RFC 3056)"),
            new Range("3fff::/20", "documentation (RFC 9637)"),
            new Range("5f00::/16", "SRv6 segment identifiers (RFC 9602)"),
            new Range("fc00::/7", "unique local (RFC 4193)"),
            new Range("fe80::/10", "link-local (RFC 4291)"),
            new Range("ff00::/8", "multicast (RFC 4291)"));

    static final String OUTSIDE_GLOBAL_UNICAST = "outside IPv6 global unicast 2000::/3 (RFC 4291)";

    private static final IpRanges TABLE = build();

    private Bogons() {
    }

    /** Index into {@link #RANGES} of the range holding the IPv4 address, or {@link IpRanges#MISSING}. Allocation-free. */
    public static int indexV4(int address) {
        return TABLE.lookupV4(address);
    }

    /**
     * Index into {@link #RANGES} of the range holding the IPv6 address, {@link #RANGES}{@code .size()}
     * for any other address outside {@code 2000::/3}, or {@link IpRanges#MISSING}. Allocation-free.
     */
    public static int indexV6(long high, long low) {
        int index = TABLE.lookupV6(high, low);
        if (index == IpRanges.MISSING && (high >>> 61) != 1) {
            return RANGES.size();
        }
        return index;
    }

    public static boolean isBogon(IpAddress address) {
        return (address.v6() ? indexV6(address.high(), address.low()) : indexV4(address.v4Bits())) != IpRanges.MISSING;
    }

    /** Why the address is reserved, or empty when it is an ordinary public address. */
    public static Optional<String> purpose(IpAddress address) {
        int index = address.v6() ? indexV6(address.high(), address.low()) : indexV4(address.v4Bits());
        if (index == IpRanges.MISSING) {
            return Optional.empty();
        }
        return Optional.of(index == RANGES.size() ? OUTSIDE_GLOBAL_UNICAST : RANGES.get(index).purpose());
    }

    private static IpRanges build() {
        IpRanges.Builder builder = IpRanges.builder();
        for (int i = 0; i < RANGES.size(); i++) {
            Network network = Network.parse(RANGES.get(i).network());
            builder.addNetwork(network.prefix(), network.length(), i);
        }
        IpRanges table = builder.build();
        if (table.clipped() != 0) {
            throw new IllegalStateException("bogon ranges must not overlap");
        }
        return table;
    }
}
