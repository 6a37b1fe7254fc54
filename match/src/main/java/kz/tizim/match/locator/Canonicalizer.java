package kz.tizim.match.locator;

import org.jspecify.annotations.Nullable;

/**
 * Canonical forms as strings, for callers off the hot path (register, console, CLI). Each method
 * throws {@link InvalidLocatorException} with the reason when the input is invalid. See
 * {@link LocatorParser} for the rules.
 */
public final class Canonicalizer {

    private static final ThreadLocal<LocatorParser> PARSERS = ThreadLocal.withInitial(LocatorParser::new);

    private Canonicalizer() {
    }

    /** The canonical URL, e.g. {@code "HTTP://Example.TEST:80/a/../b#x"} → {@code "http://example.test/b"}. */
    public static String url(String url) {
        LocatorParser parser = parser();
        check(parser, parser.parseUrl(url));
        return parser.urlString();
    }

    /**
     * The canonical host: an A-label name, a dotted-quad IPv4 address or an RFC 5952 IPv6 address
     * (without brackets), e.g. {@code "Пример.РФ."} → {@code "xn--e1afmkfd.xn--p1ai"}.
     */
    public static String host(String host) {
        LocatorParser parser = parser();
        check(parser, parser.parseHost(host));
        return parser.hostString();
    }

    /** The canonical IP address, e.g. {@code "0x7f.1"} → {@code "127.0.0.1"}, {@code "::ffff:c000:201"} → {@code "192.0.2.1"}. */
    public static String ip(String ip) {
        LocatorParser parser = parser();
        check(parser, parser.parseIp(ip));
        return parser.hostString();
    }

    /** The dotted-quad text of an IPv4 address given as an int (most significant byte first). */
    public static String ipv4Text(int address) {
        return parser().formatIpv4(address);
    }

    /** The RFC 5952 text of an IPv6 address given as two longs (most significant first). */
    public static String ipv6Text(long high, long low) {
        return parser().formatIpv6(high, low);
    }

    static LocatorParser parser() {
        return PARSERS.get();
    }

    static void check(LocatorParser parser, @Nullable Rejection rejection) {
        if (rejection != null) {
            throw new InvalidLocatorException(rejection, parser.rejectionMessage());
        }
    }
}
