package kz.tizim.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import kz.tizim.match.locator.Canonicalizer;
import kz.tizim.match.locator.Locator;
import kz.tizim.match.locator.LocatorKind;
import kz.tizim.match.matcher.CompiledMatcher;

/**
 * Deterministic synthetic entry lists for the benchmarks: seeded, documentation-style names under
 * {@code .example} and {@code .test}, IPv4 networks across the address space and IPv6 networks
 * under the documentation prefix {@code 2001:db8::/32}.
 */
final class SyntheticLists {

    static final String[] WORDS = {"casino", "shop", "news", "mirror", "files", "stream", "bet", "pharma",
        "video", "cdn", "forum", "loans", "tickets", "books", "games", "music"};
    static final String[] SUBDOMAINS = {"www", "m", "cdn", "static", "api", "mail", "img", "blog"};
    static final String[] TLDS = {"example", "test"};

    private SyntheticLists() {
    }

    /** The matcher of {@code entries}, each entry's payload being its index in the list. */
    static CompiledMatcher compile(List<Locator> entries) {
        CompiledMatcher.Builder builder = CompiledMatcher.builder();
        for (int i = 0; i < entries.size(); i++) {
            builder.add(entries.get(i), i);
        }
        return builder.build();
    }

    /** Canonical host queries as the ASCII bytes {@link CompiledMatcher#matchCanonicalName} takes. */
    static byte[][] ascii(String[] hosts) {
        byte[][] bytes = new byte[hosts.length][];
        for (int i = 0; i < hosts.length; i++) {
            bytes[i] = hosts[i].getBytes(StandardCharsets.US_ASCII);
        }
        return bytes;
    }

    /** The i-th registrable-style name, e.g. {@code casino48213.example}; distinct for distinct i. */
    static String name(int i) {
        return WORDS[i & 15] + (i >>> 4) + "." + TLDS[(i >>> 3) & 1];
    }

    /**
     * {@code count} distinct domain and domain-tree entries (half each); one in eight is a subdomain
     * of a name ({@code www.}, {@code cdn.}, …).
     */
    static List<Locator> domains(int count, long seed) {
        Random random = new Random(seed);
        List<Locator> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String host = name(i);
            if (random.nextInt(8) == 0) {
                host = SUBDOMAINS[random.nextInt(SUBDOMAINS.length)] + "." + host;
            }
            entries.add(Locator.of(random.nextBoolean() ? LocatorKind.DOMAIN_TREE : LocatorKind.DOMAIN, host));
        }
        return entries;
    }

    /** Query hosts: half under listed names (with up to two extra labels), half not listed. */
    static String[] hostQueries(int count, int listed, long seed) {
        Random random = new Random(seed);
        String[] queries = new String[count];
        for (int q = 0; q < count; q++) {
            boolean hit = q % 2 == 0;
            String base = name(hit ? random.nextInt(listed) : listed + random.nextInt(listed));
            int extra = random.nextInt(3);
            StringBuilder host = new StringBuilder();
            for (int i = 0; i < extra; i++) {
                host.append(SUBDOMAINS[random.nextInt(SUBDOMAINS.length)]).append('.');
            }
            queries[q] = host.append(base).toString();
        }
        return queries;
    }

    /** {@code count} entries of all name kinds: 60% domain-tree, 20% domain, 10% url, 10% url-prefix. */
    static List<Locator> mixed(int count, long seed) {
        Random random = new Random(seed);
        List<Locator> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String host = name(i);
            int pick = random.nextInt(10);
            if (pick < 6) {
                entries.add(Locator.of(LocatorKind.DOMAIN_TREE, host));
            } else if (pick < 8) {
                entries.add(Locator.of(LocatorKind.DOMAIN, host));
            } else if (pick < 9) {
                entries.add(Locator.of(LocatorKind.URL, "http://" + host + "/page/" + random.nextInt(1000) + "?id="
                        + random.nextInt(100)));
            } else {
                entries.add(Locator.of(LocatorKind.URL_PREFIX, "http://" + host + "/files/" + random.nextInt(100) + "/"));
            }
        }
        return entries;
    }

    /** Realistic query URLs (about 60 characters), half on listed hosts. */
    static String[] urlQueries(int count, int listed, long seed) {
        Random random = new Random(seed);
        String[] queries = new String[count];
        for (int q = 0; q < count; q++) {
            String host = name(q % 2 == 0 ? random.nextInt(listed) : listed + random.nextInt(listed));
            String scheme = random.nextBoolean() ? "https://" : "http://";
            String sub = random.nextBoolean() ? "www." : "";
            queries[q] = scheme + sub + host + "/files/" + random.nextInt(100) + "/report-" + random.nextInt(10000)
                    + ".html?utm_source=x&id=" + random.nextInt(100);
        }
        return queries;
    }

    /** A CIDR network of one family, as its start address and prefix length. */
    record Network(long high, long low, int length) {
    }

    /**
     * {@code count} IPv4 networks shaped like a routing table (mostly /24, from /8 to /32), or IPv6
     * networks under 2001:db8::/32 (/33 to /64, and some /128).
     */
    static List<Network> networks(boolean v6, int count, long seed) {
        Random random = new Random(seed);
        List<Network> networks = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            if (v6) {
                int length = random.nextInt(8) == 0 ? 128 : 33 + random.nextInt(32);
                long high = 0x20010db800000000L | (random.nextLong() >>> 32);
                long low = 0;
                if (length == 128) {
                    low = random.nextLong();
                } else {
                    high &= -1L << (64 - length);
                }
                networks.add(new Network(high, low, length));
            } else {
                int r = random.nextInt(100);
                int length = r < 55 ? 24 : r < 70 ? 22 + random.nextInt(2) : r < 85 ? 16 + random.nextInt(6)
                        : r < 95 ? 25 + random.nextInt(8) : 8 + random.nextInt(8);
                long address = random.nextInt() & 0xFFFFFFFFL;
                address &= (0xFFFFFFFFL << (32 - length)) & 0xFFFFFFFFL;
                networks.add(new Network(0, address, length));
            }
        }
        return networks;
    }

    static Locator toLocator(boolean v6, Network network) {
        String address = v6 ? Canonicalizer.ipv6Text(network.high(), network.low())
                : Canonicalizer.ipv4Text((int) network.low());
        return Locator.of(LocatorKind.CIDR, address + "/" + network.length());
    }
}
