package kz.tizim.match.locator;

import com.ibm.icu.text.IDNA;
import com.ibm.icu.util.ICUInputTooLongException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Parses URLs, hosts and IP addresses into their canonical form, in reusable buffers.
 *
 * <p>URLs follow the Google Safe Browsing v4 canonicalisation rules ("URLs and Hashing"): tab, CR and
 * LF are removed, the fragment is dropped, host and path are percent-decoded until no escape is
 * left, dots in the host are trimmed and collapsed, IPv4 hosts written in decimal, octal, hex or with
 * fewer than four parts become dotted quads, {@code .} and {@code ..} path segments are resolved,
 * runs of slashes in the path collapse, the host is lower-cased, {@code http} is the default scheme,
 * and bytes {@code <= 0x20}, {@code >= 0x7f}, {@code #} and {@code %} are re-escaped with upper-case
 * hex. Where a browser (the WHATWG URL standard) and the Safe Browsing text differ, this parser sides
 * with the browser, because it must see the host a browser would connect to:
 *
 * <ul>
 *   <li>the authority is split before percent-decoding (so {@code http://a%2F@b/} is host {@code b});
 *   <li>the userinfo ends at the last {@code @}; backslashes before the query count as slashes;
 *   <li>non-default ports are kept ({@code :8080} is a different service), default ports dropped;
 *   <li>hosts with characters no browser accepts ({@code #}, space, controls, …) are rejected instead
 *       of escaped; a host ending in a number must be a valid IPv4 address;
 *   <li>non-ASCII names go through UTS #46 (non-transitional, CheckBidi, CheckJoiners; hyphen
 *       positions are not checked, as in browsers) to A-labels; labels are limited to 63 and names to
 *       253 octets, as DNS requires;
 *   <li>IPv6 literals are written per RFC 5952, and IPv4-mapped IPv6 addresses become IPv4;
 *   <li>a backslash decoded from {@code %5C} is re-escaped, so that the canonical URL reads the
 *       same when parsed again.
 * </ul>
 *
 * <p>Percent-decoding "until no escape is left" is computed in one left-to-right pass (a decoded
 * byte may complete an escape with the bytes before it), so hostile nesting costs linear time.
 *
 * <p><b>Allocation:</b> an instance is single-threaded and reuses its buffers; after they have grown
 * to the largest input seen, parsing ASCII input whose host has no {@code xn--} label allocates
 * nothing. Other hosts go through ICU, which allocates. Inputs longer than {@link #MAX_INPUT_BYTES}
 * are rejected. Failures are returned as a {@link Rejection}, never thrown.
 */
public final class LocatorParser {

    /** Longest accepted input, in UTF-8 bytes (and in UTF-16 chars). */
    public static final int MAX_INPUT_BYTES = 1 << 16;
    /** {@link #hostType()} of a DNS name. */
    public static final int HOST_NAME = 0;
    /** {@link #hostType()} of an IPv4 address. */
    public static final int HOST_IPV4 = 1;
    /** {@link #hostType()} of an IPv6 address. */
    public static final int HOST_IPV6 = 2;

    private static final int MAX_HOST = 253;
    private static final int MAX_LABEL = 63;
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HEX_LOWER = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final IDNA UTS46 = IDNA.getUTS46Instance(IDNA.NONTRANSITIONAL_TO_ASCII
            | IDNA.NONTRANSITIONAL_TO_UNICODE | IDNA.CHECK_BIDI | IDNA.CHECK_CONTEXTJ);
    /** IDNA errors that browsers ignore (CheckHyphens=false, VerifyDnsLength=false); lengths are checked here. */
    private static final Set<IDNA.Error> TOLERATED_IDNA_ERRORS = EnumSet.of(IDNA.Error.LEADING_HYPHEN,
            IDNA.Error.TRAILING_HYPHEN, IDNA.Error.HYPHEN_3_4, IDNA.Error.EMPTY_LABEL, IDNA.Error.LABEL_TOO_LONG,
            IDNA.Error.DOMAIN_NAME_TOO_LONG);

    private byte[] in = new byte[256];
    private int inLen;
    private byte[] tmp = new byte[256];
    private byte[] host = new byte[MAX_HOST + 64];
    private int hostLen;
    private byte[] key = new byte[512];
    private int keyLen;
    private int pathStart;
    private boolean https;
    private int hostType;
    private int ipv4;
    private long ipv6Hi;
    private long ipv6Lo;
    private int prefixLength;
    private final int[] pieces = new int[8];
    private final long[] numbers = new long[4];
    private @Nullable Rejection rejection;
    private int detailCodePoint;
    private @Nullable String detailText;

    /** Creates a parser with small buffers; they grow with the inputs. */
    public LocatorParser() {
    }

    // ---------------------------------------------------------------------------------------------
    // Entry points

    /**
     * Parses an absolute or scheme-less http(s) URL.
     *
     * @return {@code null} on success (read the result with {@link #urlKey()} and friends), or why not
     */
    public @Nullable Rejection parseUrl(CharSequence url) {
        Rejection r = load(url, true);
        if (r != null) {
            return r;
        }
        int end = inLen;
        int p = 0;
        https = false;
        int colon = schemeColon(in, end);
        if (colon > 0) {
            if (equalsAscii(in, 0, colon, "http")) {
                p = colon + 1;
            } else if (equalsAscii(in, 0, colon, "https")) {
                https = true;
                p = colon + 1;
            } else if (!looksLikePort(in, colon + 1, end)) {
                return reject(Rejection.UNSUPPORTED_SCHEME);
            }
        }
        while (p < end && (in[p] == '/' || in[p] == '\\')) {
            p++;
        }
        int authEnd = p;
        while (authEnd < end && in[authEnd] != '/' && in[authEnd] != '\\' && in[authEnd] != '?') {
            authEnd++;
        }
        int hostStart = p;
        for (int i = authEnd - 1; i >= p; i--) {
            if (in[i] == '@') {
                hostStart = i + 1;
                break;
            }
        }
        int hostEnd = authEnd;
        int portStart = -1;
        if (hostStart < authEnd && in[hostStart] == '[') {
            int close = indexOf(in, (byte) ']', hostStart, authEnd);
            if (close < 0) {
                return reject(Rejection.INVALID_IPV6);
            }
            hostEnd = close + 1;
            if (hostEnd < authEnd) {
                if (in[hostEnd] != ':') {
                    return reject(Rejection.INVALID_IPV6);
                }
                portStart = hostEnd + 1;
            }
        } else {
            int c = indexOf(in, (byte) ':', hostStart, authEnd);
            if (c >= 0) {
                hostEnd = c;
                portStart = c + 1;
            }
        }
        int port = -1;
        if (portStart >= 0 && portStart < authEnd) {
            port = 0;
            for (int i = portStart; i < authEnd; i++) {
                int d = in[i] - '0';
                if (d < 0 || d > 9) {
                    return reject(Rejection.INVALID_PORT);
                }
                port = port * 10 + d;
                if (port > 65535) {
                    return reject(Rejection.INVALID_PORT);
                }
            }
            if (port == (https ? 443 : 80)) {
                port = -1;
            }
        }
        r = host(in, hostStart, hostEnd);
        if (r != null) {
            return r;
        }
        writeKey(authEnd, end, port);
        return null;
    }

    /**
     * Parses a bare host: a DNS name (Unicode or A-label, percent-escapes allowed), an IPv4 address
     * in any form a browser accepts, or an IPv6 address with or without brackets.
     *
     * @return {@code null} on success (read {@link #hostType()}, {@link #hostBytes()}), or why not
     */
    public @Nullable Rejection parseHost(CharSequence text) {
        Rejection r = load(text, false);
        if (r != null) {
            return r;
        }
        if (in[0] == '[') {
            return host(in, 0, inLen);
        }
        int colon = indexOf(in, (byte) ':', 0, inLen);
        if (colon >= 0) {
            if (indexOf(in, (byte) ':', colon + 1, inLen) < 0) {
                return reject(Rejection.FORBIDDEN_HOST_CHARACTER, ':');
            }
            return ipv6(in, 0, inLen, true);
        }
        return host(in, 0, inLen);
    }

    /**
     * Parses an IP address: IPv4 in any form a browser accepts (dotted quad, decimal, octal, hex,
     * fewer parts) or IPv6 with or without brackets. IPv4-mapped IPv6 becomes IPv4.
     */
    public @Nullable Rejection parseIp(CharSequence text) {
        return parseIp(text, true);
    }

    private @Nullable Rejection parseIp(CharSequence text, boolean unmap) {
        Rejection r = load(text, false);
        if (r != null) {
            return r;
        }
        if (in[0] == '[') {
            if (in[inLen - 1] != ']') {
                return reject(Rejection.INVALID_IPV6);
            }
            return ipv6(in, 1, inLen - 1, unmap);
        }
        if (indexOf(in, (byte) ':', 0, inLen) >= 0) {
            return ipv6(in, 0, inLen, unmap);
        }
        int n = normaliseDots(in, 0, inLen);
        if (n == 0) {
            return reject(Rejection.NOT_AN_IP_ADDRESS);
        }
        int lastLabel = lastIndexOf(host, (byte) '.', 0, n) + 1;
        if (!endsInNumber(host, lastLabel, n)) {
            return reject(Rejection.NOT_AN_IP_ADDRESS);
        }
        return ipv4(n);
    }

    /**
     * Parses a network in CIDR notation ({@code 192.0.2.0/24}, {@code 2001:db8::/32}). The address
     * must not have bits set beyond the prefix. An IPv4-mapped IPv6 network of length 96 or more
     * becomes the IPv4 network. Read the result with {@link #hostType()}, the address accessors and
     * {@link #prefixLength()}.
     */
    public @Nullable Rejection parseCidr(CharSequence input) {
        String text = input.toString().strip();
        int slash = -1;
        for (int i = text.length() - 1; i >= 0; i--) {
            if (text.charAt(i) == '/') {
                slash = i;
                break;
            }
        }
        if (slash < 0) {
            return reject(Rejection.INVALID_PREFIX_LENGTH);
        }
        int length = 0;
        int digits = 0;
        for (int i = slash + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9' || digits >= 3) {
                return reject(Rejection.INVALID_PREFIX_LENGTH);
            }
            length = length * 10 + (c - '0');
            digits++;
        }
        if (digits == 0) {
            return reject(Rejection.INVALID_PREFIX_LENGTH);
        }
        Rejection r = parseIp(text.subSequence(0, slash), false);
        if (r != null) {
            return r;
        }
        if (hostType == HOST_IPV6 && isMapped(ipv6Hi, ipv6Lo) && length >= 96) {
            hostType = HOST_IPV4;
            ipv4 = (int) ipv6Lo;
            length -= 96;
            formatIpv4();
        }
        int max = hostType == HOST_IPV4 ? 32 : 128;
        if (length > max) {
            return reject(Rejection.INVALID_PREFIX_LENGTH);
        }
        prefixLength = length;
        if (hostType == HOST_IPV4) {
            int mask = length == 0 ? 0 : -1 << (32 - length);
            if ((ipv4 & ~mask) != 0) {
                ipv4 &= mask;
                formatIpv4();
                return reject(Rejection.CIDR_HOST_BITS_SET, hostString() + "/" + length);
            }
        } else {
            long maskHi = length == 0 ? 0 : length >= 64 ? -1L : -1L << (64 - length);
            long maskLo = length <= 64 ? 0 : length == 128 ? -1L : -1L << (128 - length);
            if ((ipv6Hi & ~maskHi) != 0 || (ipv6Lo & ~maskLo) != 0) {
                ipv6Hi &= maskHi;
                ipv6Lo &= maskLo;
                formatIpv6();
                return reject(Rejection.CIDR_HOST_BITS_SET, hostString() + "/" + length);
            }
        }
        return null;
    }

    // ---------------------------------------------------------------------------------------------
    // Results

    /** {@link #HOST_NAME}, {@link #HOST_IPV4} or {@link #HOST_IPV6} for the last successful parse. */
    public int hostType() {
        return hostType;
    }

    /** The canonical host (A-label name, dotted quad, or RFC 5952 IPv6 without brackets); valid up to {@link #hostLength()}. */
    public byte[] hostBytes() {
        return host;
    }

    /** Number of valid bytes in {@link #hostBytes()}. */
    public int hostLength() {
        return hostLen;
    }

    /** The IPv4 address when {@link #hostType()} is {@link #HOST_IPV4}. */
    public int ipv4() {
        return ipv4;
    }

    /** High 64 bits of the IPv6 address when {@link #hostType()} is {@link #HOST_IPV6}. */
    public long ipv6High() {
        return ipv6Hi;
    }

    /** Low 64 bits of the IPv6 address when {@link #hostType()} is {@link #HOST_IPV6}. */
    public long ipv6Low() {
        return ipv6Lo;
    }

    /** The prefix length after {@link #parseCidr}. */
    public int prefixLength() {
        return prefixLength;
    }

    /** Whether the parsed URL was https. */
    public boolean https() {
        return https;
    }

    /**
     * The canonical URL without its scheme and {@code ://}: {@code host[:port]/path[?query]}. This is
     * the matching key: http and https variants of a URL share it. Valid up to {@link #urlKeyLength()}.
     */
    public byte[] urlKey() {
        return key;
    }

    /** Number of valid bytes in {@link #urlKey()}. */
    public int urlKeyLength() {
        return keyLen;
    }

    /** Index in {@link #urlKey()} of the path's leading slash. */
    public int urlPathStart() {
        return pathStart;
    }

    /** The canonical URL of the last successful {@link #parseUrl}. Allocates. */
    public String urlString() {
        return (https ? "https://" : "http://") + new String(key, 0, keyLen, StandardCharsets.US_ASCII);
    }

    /** The canonical host of the last successful parse. Allocates. */
    public String hostString() {
        return new String(host, 0, hostLen, StandardCharsets.US_ASCII);
    }

    /** The last rejection's sentence for users (only meaningful right after a failed parse). Allocates. */
    public String rejectionMessage() {
        Rejection r = rejection;
        if (r == null) {
            return "no error";
        }
        String detail = detailText != null ? detailText : describe(detailCodePoint);
        return r.message(detail);
    }

    String formatIpv4(int address) {
        ipv4 = address;
        hostType = HOST_IPV4;
        formatIpv4();
        return hostString();
    }

    String formatIpv6(long high, long low) {
        ipv6Hi = high;
        ipv6Lo = low;
        hostType = HOST_IPV6;
        formatIpv6();
        return hostString();
    }

    private static String describe(int codePoint) {
        String name = String.format(java.util.Locale.ROOT, "U+%04X", codePoint);
        return codePoint > 0x20 && codePoint < 0x7f ? name + " '" + (char) codePoint + "'" : name;
    }

    // ---------------------------------------------------------------------------------------------
    // Input

    private @Nullable Rejection load(CharSequence s, boolean cutFragment) {
        rejection = null;
        detailText = null;
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && s.charAt(end - 1) <= ' ') {
            end--;
        }
        if (start == end) {
            return reject(Rejection.EMPTY);
        }
        if (end - start > MAX_INPUT_BYTES) {
            return reject(Rejection.TOO_LONG);
        }
        int w = 0;
        byte[] b = in;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                continue;
            }
            if (cutFragment && c == '#') {
                break;
            }
            if (w + 4 > b.length) {
                b = in = Arrays.copyOf(b, Math.min(Math.max(b.length * 2, w + 4), MAX_INPUT_BYTES + 4));
            }
            if (c < 0x80) {
                b[w++] = (byte) c;
            } else if (c < 0x800) {
                b[w++] = (byte) (0xC0 | (c >> 6));
                b[w++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || i + 1 >= end || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return reject(Rejection.MALFORMED_UNICODE);
                }
                int cp = Character.toCodePoint(c, s.charAt(++i));
                b[w++] = (byte) (0xF0 | (cp >> 18));
                b[w++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                b[w++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                b[w++] = (byte) (0x80 | (cp & 0x3F));
            } else {
                b[w++] = (byte) (0xE0 | (c >> 12));
                b[w++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[w++] = (byte) (0x80 | (c & 0x3F));
            }
            if (w > MAX_INPUT_BYTES) {
                return reject(Rejection.TOO_LONG);
            }
        }
        if (w == 0) {
            return reject(Rejection.EMPTY);
        }
        inLen = w;
        return null;
    }

    private static int schemeColon(byte[] b, int end) {
        if (end == 0 || !isAsciiLetter(b[0])) {
            return -1;
        }
        for (int i = 1; i < end; i++) {
            byte c = b[i];
            if (c == ':') {
                return i;
            }
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') {
                return -1;
            }
        }
        return -1;
    }

    /** After {@code name:}: digits then the end, or at least one digit then a path or query. */
    private static boolean looksLikePort(byte[] b, int from, int end) {
        int i = from;
        while (i < end && b[i] >= '0' && b[i] <= '9') {
            i++;
        }
        if (i == end) {
            return true;
        }
        return i > from && (b[i] == '/' || b[i] == '\\' || b[i] == '?');
    }

    // ---------------------------------------------------------------------------------------------
    // Host

    private @Nullable Rejection host(byte[] src, int from, int to) {
        if (from < to && src[from] == '[') {
            if (to - from < 2 || src[to - 1] != ']') {
                return reject(Rejection.INVALID_IPV6);
            }
            return ipv6(src, from + 1, to - 1, true);
        }
        if (from >= to) {
            return reject(Rejection.EMPTY_HOST);
        }
        ensureTmp(to - from);
        int n = percentDecode(src, from, to, tmp, 0, false);
        for (int i = 0; i < n; i++) {
            if (tmp[i] < 0) {
                return unicodeHost(n);
            }
        }
        return asciiHost(tmp, n, true);
    }

    /** Lower-cases, trims and collapses dots of {@code src[from, to)} into {@link #host}; returns the length. */
    private int normaliseDots(byte[] src, int from, int to) {
        if (host.length < to - from) {
            host = new byte[to - from];
        }
        int w = 0;
        boolean afterDot = true;
        for (int i = from; i < to; i++) {
            byte c = src[i];
            if (c == '.') {
                if (!afterDot) {
                    host[w++] = '.';
                    afterDot = true;
                }
                continue;
            }
            afterDot = false;
            host[w++] = c >= 'A' && c <= 'Z' ? (byte) (c + 32) : c;
        }
        if (w > 0 && host[w - 1] == '.') {
            w--;
        }
        return w;
    }

    private @Nullable Rejection asciiHost(byte[] src, int n, boolean checkAceLabels) {
        int w = normaliseDots(src, 0, n);
        if (w == 0) {
            return reject(Rejection.EMPTY_HOST);
        }
        int lastLabel = lastIndexOf(host, (byte) '.', 0, w) + 1;
        if (endsInNumber(host, lastLabel, w)) {
            return ipv4(w);
        }
        for (int i = 0; i < w; i++) {
            int c = host[i] & 0xFF;
            if (isForbiddenInDomain(c)) {
                return reject(Rejection.FORBIDDEN_HOST_CHARACTER, c);
            }
        }
        if (w > MAX_HOST) {
            return reject(Rejection.HOST_TOO_LONG);
        }
        boolean ace = false;
        int labelStart = 0;
        for (int i = 0; i <= w; i++) {
            if (i == w || host[i] == '.') {
                if (i - labelStart > MAX_LABEL) {
                    return reject(Rejection.LABEL_TOO_LONG);
                }
                if (i - labelStart >= 4 && host[labelStart] == 'x' && host[labelStart + 1] == 'n'
                        && host[labelStart + 2] == '-' && host[labelStart + 3] == '-') {
                    ace = true;
                }
                labelStart = i + 1;
            }
        }
        if (ace && checkAceLabels) {
            return idna(new String(host, 0, w, StandardCharsets.US_ASCII));
        }
        hostLen = w;
        hostType = HOST_NAME;
        return null;
    }

    private @Nullable Rejection unicodeHost(int n) {
        String name;
        try {
            name = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(tmp, 0, n))
                    .toString();
        } catch (CharacterCodingException e) {
            return reject(Rejection.HOST_NOT_UTF8);
        }
        // UTS #46 maps these full stops to '.'; do it first so that dots trim and collapse as in ASCII.
        name = name.replace('\u3002', '.').replace('\uFF0E', '.').replace('\uFF61', '.');
        StringBuilder collapsed = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '.' && (collapsed.length() == 0 || collapsed.charAt(collapsed.length() - 1) == '.')) {
                continue;
            }
            collapsed.append(c);
        }
        if (collapsed.length() > 0 && collapsed.charAt(collapsed.length() - 1) == '.') {
            collapsed.setLength(collapsed.length() - 1);
        }
        if (collapsed.length() == 0) {
            return reject(Rejection.EMPTY_HOST);
        }
        return idna(collapsed.toString());
    }

    private @Nullable Rejection idna(String name) {
        StringBuilder ascii = new StringBuilder(name.length() + 16);
        IDNA.Info info = new IDNA.Info();
        try {
            UTS46.nameToASCII(name, ascii, info);
        } catch (ICUInputTooLongException e) {
            return reject(Rejection.HOST_TOO_LONG);
        }
        if (info.hasErrors()) {
            EnumSet<IDNA.Error> errors = EnumSet.noneOf(IDNA.Error.class);
            errors.addAll(info.getErrors());
            errors.removeAll(TOLERATED_IDNA_ERRORS);
            if (!errors.isEmpty()) {
                return reject(Rejection.INVALID_IDN, errors.toString().toLowerCase(java.util.Locale.ROOT));
            }
        }
        int len = ascii.length();
        byte[] b = new byte[len];
        for (int i = 0; i < len; i++) {
            char c = ascii.charAt(i);
            if (c >= 0x80) {
                return reject(Rejection.FORBIDDEN_HOST_CHARACTER, c);
            }
            b[i] = (byte) c;
        }
        return asciiHost(b, len, false);
    }

    private static boolean isForbiddenInDomain(int c) {
        if (c <= 0x20 || c >= 0x7F) {
            return true;
        }
        switch (c) {
            case '#', '%', '/', ':', '<', '>', '?', '@', '[', '\\', ']', '^', '|':
                return true;
            default:
                return false;
        }
    }

    // ---------------------------------------------------------------------------------------------
    // IPv4 (WHATWG "IPv4 parser": decimal, 0-prefixed octal, 0x-prefixed hex, 1 to 4 parts)

    private static boolean endsInNumber(byte[] b, int from, int to) {
        if (from >= to) {
            return false;
        }
        boolean digits = true;
        for (int i = from; i < to; i++) {
            if (b[i] < '0' || b[i] > '9') {
                digits = false;
                break;
            }
        }
        if (digits) {
            return true;
        }
        if (to - from >= 2 && b[from] == '0' && (b[from + 1] == 'x' || b[from + 1] == 'X')) {
            for (int i = from + 2; i < to; i++) {
                if (hexValue(b[i]) < 0) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** Parses {@code host[0, n)} (dots already normalised) as IPv4 and formats it back into {@link #host}. */
    private @Nullable Rejection ipv4(int n) {
        int parts = 0;
        int start = 0;
        for (int i = 0; i <= n; i++) {
            if (i == n || host[i] == '.') {
                if (parts == 4) {
                    return reject(Rejection.INVALID_IPV4);
                }
                long v = ipv4Number(host, start, i);
                if (v < 0) {
                    return reject(Rejection.INVALID_IPV4);
                }
                numbers[parts++] = v;
                start = i + 1;
            }
        }
        for (int i = 0; i < parts - 1; i++) {
            if (numbers[i] > 255) {
                return reject(Rejection.INVALID_IPV4);
            }
        }
        long last = numbers[parts - 1];
        if (last >= 1L << (8 * (5 - parts))) {
            return reject(Rejection.INVALID_IPV4);
        }
        long address = last;
        for (int i = 0; i < parts - 1; i++) {
            address += numbers[i] << (8 * (3 - i));
        }
        ipv4 = (int) address;
        hostType = HOST_IPV4;
        formatIpv4();
        return null;
    }

    /** One IPv4 part; -1 when invalid. Values above 2^32 are clamped (they are invalid anyway). */
    private static long ipv4Number(byte[] b, int from, int to) {
        if (from >= to) {
            return -1;
        }
        int radix = 10;
        if (to - from >= 2 && b[from] == '0' && (b[from + 1] == 'x' || b[from + 1] == 'X')) {
            radix = 16;
            from += 2;
        } else if (to - from >= 2 && b[from] == '0') {
            radix = 8;
            from += 1;
        }
        long v = 0;
        for (int i = from; i < to; i++) {
            int d = radix == 16 ? hexValue(b[i]) : b[i] - '0';
            if (d < 0 || d >= radix) {
                return -1;
            }
            v = v * radix + d;
            if (v > 0xFFFFFFFFL) {
                v = 0x1_0000_0000L;
            }
        }
        return v;
    }

    private void formatIpv4() {
        int w = 0;
        for (int shift = 24; shift >= 0; shift -= 8) {
            w = writeDecimal(host, w, (ipv4 >>> shift) & 0xFF);
            if (shift > 0) {
                host[w++] = '.';
            }
        }
        hostLen = w;
    }

    private static int writeDecimal(byte[] b, int w, int v) {
        if (v >= 100) {
            b[w++] = (byte) ('0' + v / 100);
        }
        if (v >= 10) {
            b[w++] = (byte) ('0' + (v / 10) % 10);
        }
        b[w++] = (byte) ('0' + v % 10);
        return w;
    }

    // ---------------------------------------------------------------------------------------------
    // IPv6 (WHATWG "IPv6 parser"; RFC 5952 text)

    private @Nullable Rejection ipv6(byte[] s, int from, int to, boolean unmap) {
        int[] a = pieces;
        Arrays.fill(a, 0);
        int piece = 0;
        int compress = -1;
        int p = from;
        if (p < to && s[p] == ':') {
            if (p + 1 >= to || s[p + 1] != ':') {
                return reject(Rejection.INVALID_IPV6);
            }
            p += 2;
            piece++;
            compress = piece;
        }
        while (p < to) {
            if (piece == 8) {
                return reject(Rejection.INVALID_IPV6);
            }
            if (s[p] == ':') {
                if (compress >= 0) {
                    return reject(Rejection.INVALID_IPV6);
                }
                p++;
                piece++;
                compress = piece;
                continue;
            }
            int value = 0;
            int length = 0;
            while (length < 4 && p < to && hexValue(s[p]) >= 0) {
                value = value * 16 + hexValue(s[p]);
                p++;
                length++;
            }
            if (p < to && s[p] == '.') {
                if (length == 0 || piece > 6) {
                    return reject(Rejection.INVALID_IPV6);
                }
                p -= length;
                int seen = 0;
                while (p < to) {
                    int v4 = -1;
                    if (seen > 0) {
                        if (s[p] == '.' && seen < 4) {
                            p++;
                        } else {
                            return reject(Rejection.INVALID_IPV6);
                        }
                    }
                    if (p >= to || s[p] < '0' || s[p] > '9') {
                        return reject(Rejection.INVALID_IPV6);
                    }
                    while (p < to && s[p] >= '0' && s[p] <= '9') {
                        int d = s[p] - '0';
                        if (v4 < 0) {
                            v4 = d;
                        } else if (v4 == 0) {
                            return reject(Rejection.INVALID_IPV6);
                        } else {
                            v4 = v4 * 10 + d;
                        }
                        if (v4 > 255) {
                            return reject(Rejection.INVALID_IPV6);
                        }
                        p++;
                    }
                    a[piece] = a[piece] * 0x100 + v4;
                    seen++;
                    if (seen == 2 || seen == 4) {
                        piece++;
                    }
                }
                if (seen != 4) {
                    return reject(Rejection.INVALID_IPV6);
                }
                break;
            } else if (p < to && s[p] == ':') {
                p++;
                if (p >= to) {
                    return reject(Rejection.INVALID_IPV6);
                }
            } else if (p < to) {
                return reject(Rejection.INVALID_IPV6);
            }
            a[piece] = value;
            piece++;
        }
        if (compress >= 0) {
            int swaps = piece - compress;
            piece = 7;
            while (piece != 0 && swaps > 0) {
                int t = a[piece];
                a[piece] = a[compress + swaps - 1];
                a[compress + swaps - 1] = t;
                piece--;
                swaps--;
            }
        } else if (piece != 8) {
            return reject(Rejection.INVALID_IPV6);
        }
        long hi = 0;
        long lo = 0;
        for (int i = 0; i < 4; i++) {
            hi = (hi << 16) | a[i];
            lo = (lo << 16) | a[i + 4];
        }
        if (unmap && isMapped(hi, lo)) {
            ipv4 = (int) lo;
            hostType = HOST_IPV4;
            formatIpv4();
            return null;
        }
        ipv6Hi = hi;
        ipv6Lo = lo;
        hostType = HOST_IPV6;
        formatIpv6();
        return null;
    }

    private static boolean isMapped(long hi, long lo) {
        return hi == 0 && (lo >>> 32) == 0xFFFFL;
    }

    private void formatIpv6() {
        int[] a = pieces;
        for (int i = 0; i < 4; i++) {
            a[i] = (int) (ipv6Hi >>> (48 - 16 * i)) & 0xFFFF;
            a[i + 4] = (int) (ipv6Lo >>> (48 - 16 * i)) & 0xFFFF;
        }
        int bestStart = -1;
        int bestLen = 1;
        for (int i = 0; i < 8; ) {
            if (a[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && a[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        int w = 0;
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                host[w++] = ':';
                if (i == 0) {
                    host[w++] = ':';
                }
                i += bestLen - 1;
                continue;
            }
            int v = a[i];
            boolean started = false;
            for (int shift = 12; shift >= 0; shift -= 4) {
                int d = (v >>> shift) & 0xF;
                if (d != 0 || started || shift == 0) {
                    host[w++] = HEX_LOWER[d];
                    started = true;
                }
            }
            if (i < 7) {
                host[w++] = ':';
            }
        }
        hostLen = w;
    }

    // ---------------------------------------------------------------------------------------------
    // Path and query

    private void writeKey(int pathFrom, int end, int port) {
        int need = hostLen + 8 + 3 * (end - pathFrom) + 4;
        if (key.length < need) {
            key = new byte[Math.max(need, key.length * 2)];
        }
        ensureTmp(end - pathFrom + 1);
        int w = 0;
        if (hostType == HOST_IPV6) {
            key[w++] = '[';
        }
        System.arraycopy(host, 0, key, w, hostLen);
        w += hostLen;
        if (hostType == HOST_IPV6) {
            key[w++] = ']';
        }
        if (port >= 0) {
            key[w++] = ':';
            if (port >= 10000) {
                key[w++] = (byte) ('0' + port / 10000);
            }
            if (port >= 1000) {
                key[w++] = (byte) ('0' + (port / 1000) % 10);
            }
            if (port >= 100) {
                key[w++] = (byte) ('0' + (port / 100) % 10);
            }
            if (port >= 10) {
                key[w++] = (byte) ('0' + (port / 10) % 10);
            }
            key[w++] = (byte) ('0' + port % 10);
        }
        pathStart = w;
        int queryMark = indexOf(in, (byte) '?', pathFrom, end);
        int pathEnd = queryMark < 0 ? end : queryMark;
        int n;
        if (pathFrom == pathEnd) {
            tmp[0] = '/';
            n = 1;
        } else {
            n = percentDecode(in, pathFrom, pathEnd, tmp, 0, true);
            n = normalisePath(tmp, n);
        }
        w = escape(tmp, n, key, w);
        if (queryMark >= 0) {
            key[w++] = '?';
            n = percentDecode(in, queryMark + 1, end, tmp, 0, false);
            w = escape(tmp, n, key, w);
        }
        keyLen = w;
    }

    /**
     * Percent-decodes {@code src[from, to)} into {@code dst} until no escape is left, in one pass:
     * after each byte, while the output ends in {@code %XX}, that escape is replaced by its byte.
     * With {@code backslashIsSlash}, raw backslashes (not decoded ones) become slashes.
     */
    private static int percentDecode(byte[] src, int from, int to, byte[] dst, int off, boolean backslashIsSlash) {
        int w = off;
        for (int i = from; i < to; i++) {
            byte b = src[i];
            dst[w++] = backslashIsSlash && b == '\\' ? (byte) '/' : b;
            while (w - off >= 3 && dst[w - 3] == '%') {
                int h = hexValue(dst[w - 2]);
                int l = hexValue(dst[w - 1]);
                if (h < 0 || l < 0) {
                    break;
                }
                w -= 3;
                dst[w++] = (byte) (h << 4 | l);
            }
        }
        return w - off;
    }

    /** Resolves {@code .} and {@code ..} segments and collapses slashes, in place; returns the new length. */
    private static int normalisePath(byte[] p, int n) {
        int w = 0;
        int i = 0;
        boolean endsInDirectory = false;
        while (i < n) {
            while (i < n && p[i] == '/') {
                i++;
            }
            if (i == n) {
                endsInDirectory = true;
                break;
            }
            int segStart = i;
            while (i < n && p[i] != '/') {
                i++;
            }
            int len = i - segStart;
            if (len == 1 && p[segStart] == '.') {
                endsInDirectory = true;
                continue;
            }
            if (len == 2 && p[segStart] == '.' && p[segStart + 1] == '.') {
                while (w > 0 && p[--w] != '/') {
                    // back to the slash that starts the last segment
                }
                endsInDirectory = true;
                continue;
            }
            endsInDirectory = false;
            p[w++] = '/';
            System.arraycopy(p, segStart, p, w, len);
            w += len;
        }
        if (w == 0 || endsInDirectory) {
            p[w++] = '/';
        }
        return w;
    }

    /**
     * Escapes as Safe Browsing specifies, and also a decoded backslash, which would otherwise read as
     * a slash when the canonical URL is parsed again (in the path, or in a query that a decoded
     * {@code %3F} moved out of the path).
     */
    private static int escape(byte[] src, int n, byte[] dst, int w) {
        for (int i = 0; i < n; i++) {
            int c = src[i] & 0xFF;
            if (c <= 0x20 || c >= 0x7F || c == '#' || c == '%' || c == '\\') {
                dst[w++] = '%';
                dst[w++] = HEX[c >>> 4];
                dst[w++] = HEX[c & 0xF];
            } else {
                dst[w++] = (byte) c;
            }
        }
        return w;
    }

    // ---------------------------------------------------------------------------------------------
    // Helpers

    private void ensureTmp(int n) {
        if (tmp.length < n) {
            tmp = new byte[Math.max(n, tmp.length * 2)];
        }
    }

    private Rejection reject(Rejection r) {
        rejection = r;
        return r;
    }

    private Rejection reject(Rejection r, int codePoint) {
        detailCodePoint = codePoint;
        return reject(r);
    }

    private Rejection reject(Rejection r, String detail) {
        detailText = detail;
        return reject(r);
    }

    private static boolean isAsciiLetter(byte c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static int hexValue(byte c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private static boolean equalsAscii(byte[] b, int from, int to, String lower) {
        if (to - from != lower.length()) {
            return false;
        }
        for (int i = 0; i < lower.length(); i++) {
            byte c = b[from + i];
            if (c >= 'A' && c <= 'Z') {
                c += 32;
            }
            if (c != lower.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] b, byte c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOf(byte[] b, byte c, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (b[i] == c) {
                return i;
            }
        }
        return -1;
    }
}
