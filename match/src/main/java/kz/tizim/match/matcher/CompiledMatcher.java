package kz.tizim.match.matcher;

import java.util.Arrays;
import kz.tizim.match.locator.Canonicalizer;
import kz.tizim.match.locator.Locator;
import kz.tizim.match.locator.LocatorKind;
import kz.tizim.match.locator.LocatorParser;

/**
 * An immutable index of register entries answering, for a URL, host or IP address, which entry
 * covers it most specifically.
 *
 * <h2>What covers what</h2>
 * <ul>
 *   <li>{@code url}: the URL with the same canonical form, ignoring the scheme (http and https
 *       variants of a URL are the same resource);
 *   <li>{@code url-prefix}: URLs that start with the prefix (scheme ignored), where the match ends at
 *       a boundary: the end of the URL, a {@code /} or {@code ?} on either side of the cut, or, inside
 *       the query, a {@code &} on either side. So {@code http://h/user/1} covers {@code /user/1},
 *       {@code /user/1/photos} and {@code /user/1?tab=x}, but not {@code /user/12};
 *   <li>{@code domain}: URLs on exactly this host (any port), and the host itself;
 *   <li>{@code domain-tree}: the same for the host and every host under it;
 *   <li>{@code ip}: URLs whose host is this IP literal, and the address itself;
 *   <li>{@code cidr}: the same for every address in the network.
 * </ul>
 * When several entries cover a query the most specific wins: URL, then the longest URL prefix, then
 * domain, then the domain tree of the nearest ancestor, then IP, then the narrowest CIDR. When the
 * same kind and canonical value is added twice, the first entry added wins.
 *
 * <h2>Results</h2>
 * Lookups return an entry handle ({@code >= 0}), {@link #NONE}, or {@link #INVALID} when the query
 * cannot be parsed (for the reason, canonicalise it with {@link Canonicalizer}). Read a handle with
 * {@link #payload}, {@link #kind} or {@link #locator}.
 *
 * <h2>Threads and allocation</h2>
 * A built matcher is immutable and safe for any number of concurrent lookups. Each thread parses
 * queries into its own reusable {@link LocatorParser}; after warm-up, a lookup allocates nothing, boxes
 * nothing and throws nothing for ASCII queries whose host has no {@code xn--} label (other hosts are
 * converted by ICU, which allocates). Measured with JMH {@code -prof gc}: see docs/PERFORMANCE.md.
 *
 * <h2>Layout</h2>
 * Hosts live in a {@link HostTable}: an open-addressed table holding every listed name and every
 * ancestor of one, with flags in the slot, so a walk from the two-label suffix stops at the first
 * suffix with nothing under it (one cache miss for most unlisted hosts, two for a listed one: the
 * slot and the record that verifies the name and holds the entries). URLs live in a {@link
 * NameTable} hashed left to right, which yields the hash of each candidate prefix in one pass; a
 * third table of the hosts (and ports) that have URL entries lets most URLs skip it. Addresses live
 * in segment tables with a direct-indexed directory (see {@link RangeTable}). Per entry: a kind
 * byte, the payload and a reference, in primitive arrays.
 */
public final class CompiledMatcher {

    /** No entry covers the query. */
    public static final int NONE = -1;
    /** The query is not a valid URL, host or IP address. */
    public static final int INVALID = -2;

    private static final int KIND_MASK = 0x0F;
    private static final int FLAG_HTTPS = 0x10;
    private static final int FLAG_V6 = 0x20;
    private static final LocatorKind[] KINDS = LocatorKind.values();
    private static final ThreadLocal<LocatorParser> PARSERS = ThreadLocal.withInitial(LocatorParser::new);

    private final HostTable hosts;
    private final boolean hasHosts;
    private final NameTable urls;
    private final NameTable urlHosts;
    private final boolean hasUrlPrefixes;
    private final RangeTable v4;
    private final RangeTable v6;
    private final byte[] kinds;
    private final int[] payloads;
    private final int[] refs;
    private final long[] addressHigh;
    private final long[] addressLow;
    private final byte[] addressLength;
    private final int size;

    private CompiledMatcher(Builder b) {
        b.hosts.trim();
        b.urls.trim();
        b.urlHosts.trim();
        hosts = b.hosts;
        hasHosts = b.hosts.entryNames() > 0;
        urls = b.urls;
        urlHosts = b.urlHosts;
        hasUrlPrefixes = b.urlPrefixes > 0;
        size = b.size;
        kinds = Arrays.copyOf(b.kinds, size);
        payloads = Arrays.copyOf(b.payloads, size);
        refs = Arrays.copyOf(b.refs, size);
        v4 = b.v4.build(false);
        v6 = b.v6.build(true);
        int addresses = b.v4.count + b.v6.count;
        addressHigh = new long[addresses];
        addressLow = new long[addresses];
        addressLength = new byte[addresses];
        for (int e = 0; e < size; e++) {
            int kind = kinds[e] & KIND_MASK;
            if (kind == LocatorKind.IP.ordinal() || kind == LocatorKind.CIDR.ordinal()) {
                Ranges r = (kinds[e] & FLAG_V6) != 0 ? b.v6 : b.v4;
                int i = refs[e];
                int slot = (kinds[e] & FLAG_V6) != 0 ? b.v4.count + i : i;
                addressHigh[slot] = r.high[i];
                addressLow[slot] = r.low[i];
                addressLength[slot] = (byte) r.lengths[i];
                refs[e] = slot;
            }
        }
    }

    /** Starts an empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The most specific entry covering {@code query}: a URL (with or without scheme), a bare host
     * name, or an IP address (IPv6 with or without brackets), told apart by {@link #looksLikeUrl}.
     * Allocation-free after warm-up (see the class comment).
     *
     * @return an entry handle, {@link #NONE} or {@link #INVALID}
     */
    public int match(CharSequence query) {
        return looksLikeUrl(query) ? matchUrl(query) : matchHost(query);
    }

    /**
     * Whether {@link #match} reads {@code query} as a URL rather than as a host or address: it holds
     * one of {@code / \ ? @ #}, exactly one {@code :} (host:port or scheme), or {@code ]:}.
     */
    public static boolean looksLikeUrl(CharSequence query) {
        int colons = 0;
        int n = query.length();
        for (int i = 0; i < n; i++) {
            char c = query.charAt(i);
            if (c == '/' || c == '\\' || c == '?' || c == '@' || c == '#') {
                return true;
            }
            if (c == ':') {
                colons++;
                if (i > 0 && query.charAt(i - 1) == ']') {
                    return true;
                }
            }
        }
        return colons == 1;
    }

    /**
     * The most specific entry covering the URL: url, url-prefix, then the entries for its host.
     *
     * @return an entry handle, {@link #NONE} or {@link #INVALID}
     */
    public int matchUrl(CharSequence url) {
        LocatorParser p = PARSERS.get();
        if (p.parseUrl(url) != null) {
            return INVALID;
        }
        if (urls.count() > 0) {
            int found = matchUrlKey(p.urlKey(), p.urlKeyLength(), p.urlPathStart());
            if (found != NONE) {
                return found;
            }
        }
        return matchParsedHost(p);
    }

    /**
     * The most specific entry covering a bare host: domain, nearest domain-tree, or for an IP
     * literal, ip then narrowest cidr.
     *
     * @return an entry handle, {@link #NONE} or {@link #INVALID}
     */
    public int matchHost(CharSequence host) {
        LocatorParser p = PARSERS.get();
        if (p.parseHost(host) != null) {
            return INVALID;
        }
        return matchParsedHost(p);
    }

    /**
     * The ip or narrowest cidr entry covering the address (any form {@link LocatorParser#parseIp} accepts).
     *
     * @return an entry handle, {@link #NONE} or {@link #INVALID}
     */
    public int matchIp(CharSequence address) {
        LocatorParser p = PARSERS.get();
        if (p.parseIp(address) != null) {
            return INVALID;
        }
        return matchParsedHost(p);
    }

    /** The ip or narrowest cidr entry covering an IPv4 address (most significant byte first), or {@link #NONE}. */
    public int matchIpv4(int address) {
        return v4.lookupV4(address & 0xFFFFFFFFL);
    }

    /** The ip or narrowest cidr entry covering an IPv6 address, or {@link #NONE}. */
    public int matchIpv6(long high, long low) {
        return v6.lookupV6(high, low);
    }

    /**
     * The domain or nearest domain-tree entry covering a canonical host name given as ASCII bytes
     * {@code host[0, length)} (lower-case A-labels, no trailing dot), or {@link #NONE}.
     */
    public int matchCanonicalName(byte[] host, int length) {
        if (!hasHosts) {
            return NONE;
        }
        return hosts.match(host, length);
    }

    private int matchParsedHost(LocatorParser p) {
        switch (p.hostType()) {
            case LocatorParser.HOST_IPV4:
                return matchIpv4(p.ipv4());
            case LocatorParser.HOST_IPV6:
                return matchIpv6(p.ipv6High(), p.ipv6Low());
            default:
                return matchCanonicalName(p.hostBytes(), p.hostLength());
        }
    }

    private int matchUrlKey(byte[] key, int length, int pathStart) {
        long h = NameTable.SEED;
        for (int i = 0; i < pathStart; i++) {
            h = (h ^ (key[i] & 0xFF)) * NameTable.PRIME;
        }
        // Most hosts have no url entries at all: one probe of the host[:port] table skips the walk.
        long hostHash = NameTable.mix(h);
        int host = urlHosts.isUnambiguous() ? urlHosts.findUnverified(hostHash)
                : urlHosts.find(key, 0, pathStart, hostHash);
        if (host < 0) {
            return NONE;
        }
        return matchUrlKey(key, length, pathStart, h, !urls.isUnambiguous());
    }

    /** Walks the candidate prefixes of a URL key; verification as in {@link #matchName}. */
    private int matchUrlKey(byte[] key, int length, int pathStart, long hostState, boolean verify) {
        NameTable table = urls;
        long h = hostState;
        int best = NONE;
        int bestNode = -1;
        int bestLength = 0;
        boolean inQuery = false;
        for (int i = pathStart; i < length; i++) {
            byte c = key[i];
            if (hasUrlPrefixes && i > pathStart) {
                byte before = key[i - 1];
                boolean cut = inQuery
                        ? before == '&' || before == '?' || c == '&'
                        : before == '/' || c == '/' || c == '?';
                if (cut) {
                    long hash = NameTable.mix(h);
                    int node = verify ? table.find(key, 0, i, hash) : table.findUnverified(hash);
                    if (node >= 0 && table.second(node) >= 0) {
                        best = table.second(node);
                        bestNode = node;
                        bestLength = i;
                    }
                }
            }
            if (c == '?') {
                inQuery = true;
            }
            h = (h ^ (c & 0xFF)) * NameTable.PRIME;
        }
        long hash = NameTable.mix(h);
        int node = verify ? table.find(key, 0, length, hash) : table.findUnverified(hash);
        if (node >= 0) {
            int exact = table.first(node);
            int prefix = table.second(node);
            if (exact >= 0 || prefix >= 0) {
                best = exact >= 0 ? exact : prefix;
                bestNode = node;
                bestLength = length;
            }
        }
        if (best == NONE || verify || table.sameName(bestNode, key, 0, bestLength)) {
            return best;
        }
        return matchUrlKey(key, length, pathStart, hostState, true);
    }

    /** Number of entries (including duplicates that can never win). */
    public int size() {
        return size;
    }

    /** The kind of an entry handle. */
    public LocatorKind kind(int entry) {
        return KINDS[kinds[entry] & KIND_MASK];
    }

    /** The caller's payload of an entry handle (e.g. a register record id). */
    public int payload(int entry) {
        return payloads[entry];
    }

    /** The canonical value of an entry handle. Allocates. */
    public String value(int entry) {
        int flags = kinds[entry];
        int ref = refs[entry];
        switch (KINDS[flags & KIND_MASK]) {
            case URL:
            case URL_PREFIX:
                return ((flags & FLAG_HTTPS) != 0 ? "https://" : "http://") + urls.name(ref);
            case DOMAIN:
            case DOMAIN_TREE:
                return hosts.name(ref);
            default:
                boolean isV6 = (flags & FLAG_V6) != 0;
                String address = isV6 ? Canonicalizer.ipv6Text(addressHigh[ref], addressLow[ref])
                        : Canonicalizer.ipv4Text((int) addressLow[ref]);
                int length = addressLength[ref] & 0xFF;
                return KINDS[flags & KIND_MASK] == LocatorKind.IP ? address : address + "/" + length;
        }
    }

    /** The entry as a locator. Allocates. */
    public Locator locator(int entry) {
        return Locator.of(kind(entry), value(entry));
    }

    /**
     * Bytes held by this matcher's arrays (object headers excluded), for capacity planning; the
     * measured retained heap is in docs/PERFORMANCE.md.
     */
    public long footprint() {
        return hosts.footprint() + urls.footprint() + urlHosts.footprint() + v4.footprint() + v6.footprint() + kinds.length
                + 4L * (payloads.length + refs.length) + 17L * addressLow.length;
    }

    /** Collects entries, then {@link #build()}s the matcher. Not thread-safe; build once. */
    public static final class Builder {

        private final HostTable hosts = new HostTable();
        private final NameTable urls = new NameTable(false);
        private final NameTable urlHosts = new NameTable(false);
        private final Ranges v4 = new Ranges();
        private final Ranges v6 = new Ranges();
        private final LocatorParser parser = new LocatorParser();
        private byte[] kinds = new byte[64];
        private int[] payloads = new int[64];
        private int[] refs = new int[64];
        private byte[] scratch = new byte[256];
        private int size;
        private int urlPrefixes;
        private boolean built;

        private Builder() {
        }

        /**
         * Adds an entry. Its payload is returned by {@link CompiledMatcher#payload} when it wins. An
         * entry with the same kind and value as an earlier one never wins.
         */
        public Builder add(Locator locator, int payload) {
            if (built) {
                throw new IllegalStateException("already built");
            }
            LocatorKind kind = locator.kind();
            String value = locator.value();
            int flags = kind.ordinal();
            int ref;
            switch (kind) {
                case URL, URL_PREFIX -> {
                    boolean https = value.startsWith("https://");
                    int skip = https ? 8 : 7;
                    int length = ascii(value, skip);
                    ref = urls.intern(scratch, 0, length);
                    if (kind == LocatorKind.URL ? urls.first(ref) >= 0 : urls.second(ref) >= 0) {
                        return this;
                    }
                    if (kind == LocatorKind.URL) {
                        urls.setFirst(ref, size);
                    } else {
                        urls.setSecond(ref, size);
                        urlPrefixes++;
                    }
                    if (https) {
                        flags |= FLAG_HTTPS;
                    }
                    int hostEnd = 0;
                    while (hostEnd < length && scratch[hostEnd] != '/') {
                        hostEnd++;
                    }
                    urlHosts.intern(scratch, 0, hostEnd);
                }
                case DOMAIN, DOMAIN_TREE -> {
                    int length = ascii(value, 0);
                    ref = hosts.add(scratch, length, kind == LocatorKind.DOMAIN, size);
                    if (ref < 0) {
                        return this;
                    }
                }
                case IP, CIDR -> {
                    boolean ok = kind == LocatorKind.IP ? parser.parseIp(value) == null : parser.parseCidr(value) == null;
                    if (!ok) {
                        throw new IllegalStateException("canonical locator failed to parse: " + locator);
                    }
                    boolean isV6 = parser.hostType() == LocatorParser.HOST_IPV6;
                    int width = isV6 ? 128 : 32;
                    int length = kind == LocatorKind.IP ? width + 1 : parser.prefixLength();
                    Ranges r = isV6 ? v6 : v4;
                    ref = isV6 ? r.add(parser.ipv6High(), parser.ipv6Low(), length, size)
                            : r.add(0, parser.ipv4() & 0xFFFFFFFFL, length, size);
                    if (isV6) {
                        flags |= FLAG_V6;
                    }
                }
                default -> throw new AssertionError(kind);
            }
            if (size == kinds.length) {
                int capacity = size * 2;
                kinds = Arrays.copyOf(kinds, capacity);
                payloads = Arrays.copyOf(payloads, capacity);
                refs = Arrays.copyOf(refs, capacity);
            }
            kinds[size] = (byte) flags;
            payloads[size] = payload;
            refs[size] = ref;
            size++;
            return this;
        }

        /** Canonicalises and adds an entry; see {@link #add(Locator, int)}. */
        public Builder add(LocatorKind kind, String value, int payload) {
            return add(Locator.of(kind, value), payload);
        }

        /** Builds the matcher. The builder cannot be used afterwards. */
        public CompiledMatcher build() {
            if (built) {
                throw new IllegalStateException("already built");
            }
            built = true;
            return new CompiledMatcher(this);
        }

        private int ascii(String value, int from) {
            int length = value.length() - from;
            if (scratch.length < length) {
                scratch = new byte[Math.max(length, scratch.length * 2)];
            }
            for (int i = 0; i < length; i++) {
                scratch[i] = (byte) value.charAt(from + i);
            }
            return length;
        }
    }

    /** Addresses and networks of one family, as the builder collects them. */
    private static final class Ranges {
        long[] high = new long[16];
        long[] low = new long[16];
        int[] lengths = new int[16];
        int[] entries = new int[16];
        int count;

        int add(long h, long l, int length, int entry) {
            if (count == low.length) {
                int capacity = count * 2;
                high = Arrays.copyOf(high, capacity);
                low = Arrays.copyOf(low, capacity);
                lengths = Arrays.copyOf(lengths, capacity);
                entries = Arrays.copyOf(entries, capacity);
            }
            high[count] = h;
            low[count] = l;
            lengths[count] = length;
            entries[count] = entry;
            return count++;
        }

        RangeTable build(boolean isV6) {
            return RangeTable.build(isV6, high, low, lengths, entries, count);
        }
    }
}
