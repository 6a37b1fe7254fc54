package kz.tizim.match.feed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.tizim.match.locator.Canonicalizer;
import kz.tizim.match.locator.InvalidLocatorException;
import kz.tizim.match.locator.LocatorKind;
import kz.tizim.match.locator.LocatorParser;
import kz.tizim.match.matcher.CompiledMatcher;
import org.jspecify.annotations.Nullable;

/**
 * Matches queries against entries known only by the SHA-256 of their canonical value. A query is
 * canonicalised, every locator that could cover it is enumerated (the URL in both schemes, its
 * URL prefixes cut at the boundaries {@link CompiledMatcher} uses, the host, each parent domain, the
 * IP address and each network containing it), and each candidate's hash is looked up. This costs a
 * few dozen hashes per query, so it is meant for the notice page and {@code operator check}, not for
 * line-rate filtering. Not thread-safe while {@link #add adding}; safe to read concurrently after.
 */
public final class HashedLocators {

    private final Map<String, Integer> entries = new HashMap<>();

    /** Adds an entry; the first payload added for a kind and hash wins. */
    public void add(LocatorKind kind, String sha256, int payload) {
        entries.putIfAbsent(key(kind, sha256), payload);
    }

    /** Number of distinct hashed entries. */
    public int size() {
        return entries.size();
    }

    /**
     * The payload of the most specific hashed entry covering {@code query} (URL, host or IP), or
     * {@link CompiledMatcher#NONE} (also for queries that are not valid locators).
     */
    public int match(String query) {
        if (entries.isEmpty()) {
            return CompiledMatcher.NONE;
        }
        for (Candidate candidate : candidates(query)) {
            Integer payload = entries.get(key(candidate.kind(), Digests.sha256Hex(candidate.value())));
            if (payload != null) {
                return payload;
            }
        }
        return CompiledMatcher.NONE;
    }

    /** A locator that would cover a query. */
    public record Candidate(LocatorKind kind, String value) {
    }

    /**
     * Every canonical locator that covers {@code query}, most specific first; empty for an invalid
     * query. IPv6 networks are enumerated for all 129 prefix lengths, IPv4 for 33.
     */
    public static List<Candidate> candidates(String query) {
        List<Candidate> out = new ArrayList<>();
        String host;
        try {
            if (CompiledMatcher.looksLikeUrl(query)) {
                String url = Canonicalizer.url(query);
                String other = url.startsWith("https://") ? "http://" + url.substring(8) : "https://" + url.substring(7);
                out.add(new Candidate(LocatorKind.URL, url));
                out.add(new Candidate(LocatorKind.URL, other));
                addPrefixes(url, out);
                addPrefixes(other, out);
                host = hostOf(url);
            } else {
                host = Canonicalizer.host(query);
            }
        } catch (InvalidLocatorException e) {
            return List.of();
        }
        LocatorParser parser = new LocatorParser();
        if (parser.parseIp(host) == null) {
            out.add(new Candidate(LocatorKind.IP, parser.hostString()));
            addNetworks(parser, out);
        } else {
            out.add(new Candidate(LocatorKind.DOMAIN, host));
            String name = host;
            while (true) {
                out.add(new Candidate(LocatorKind.DOMAIN_TREE, name));
                int dot = name.indexOf('.');
                if (dot < 0) {
                    break;
                }
                name = name.substring(dot + 1);
            }
        }
        return out;
    }

    private static void addPrefixes(String url, List<Candidate> out) {
        int pathStart = url.indexOf('/', url.indexOf("://") + 3);
        if (pathStart < 0) {
            return;
        }
        int query = url.indexOf('?');
        List<Candidate> found = new ArrayList<>();
        for (int cut = pathStart + 1; cut <= url.length(); cut++) {
            char before = url.charAt(cut - 1);
            char after = cut < url.length() ? url.charAt(cut) : '/';
            boolean inQuery = query >= 0 && cut > query;
            if (before == '/' || before == '?' || after == '/' || after == '?'
                    || (inQuery && (before == '&' || after == '&'))) {
                found.add(new Candidate(LocatorKind.URL_PREFIX, url.substring(0, cut)));
            }
        }
        for (int i = found.size() - 1; i >= 0; i--) {
            out.add(found.get(i));
        }
    }

    private static void addNetworks(LocatorParser parser, List<Candidate> out) {
        if (parser.hostType() == LocatorParser.HOST_IPV4) {
            int address = parser.ipv4();
            for (int length = 32; length >= 0; length--) {
                int mask = length == 0 ? 0 : -1 << (32 - length);
                out.add(new Candidate(LocatorKind.CIDR, Canonicalizer.ipv4Text(address & mask) + "/" + length));
            }
        } else {
            long high = parser.ipv6High();
            long low = parser.ipv6Low();
            for (int length = 128; length >= 0; length--) {
                long highMask = length >= 64 ? -1L : length == 0 ? 0 : -1L << (64 - length);
                long lowMask = length <= 64 ? 0 : length == 128 ? -1L : -1L << (128 - length);
                out.add(new Candidate(LocatorKind.CIDR,
                        Canonicalizer.ipv6Text(high & highMask, low & lowMask) + "/" + length));
            }
        }
    }

    /** The host of a canonical URL, without port or brackets. */
    static String hostOf(String canonicalUrl) {
        int start = canonicalUrl.indexOf("://") + 3;
        int end = start;
        while (end < canonicalUrl.length() && "/?#".indexOf(canonicalUrl.charAt(end)) < 0) {
            end++;
        }
        String authority = canonicalUrl.substring(start, end);
        if (authority.startsWith("[")) {
            return authority.substring(1, authority.indexOf(']'));
        }
        int colon = authority.lastIndexOf(':');
        return colon < 0 ? authority : authority.substring(0, colon);
    }

    private static String key(LocatorKind kind, String sha256) {
        return kind.token() + ' ' + sha256;
    }

    /** For tests and callers that hold a canonical value: whether it is listed. */
    public @Nullable Integer payloadOf(LocatorKind kind, String canonicalValue) {
        return entries.get(key(kind, Digests.sha256Hex(canonicalValue)));
    }
}
