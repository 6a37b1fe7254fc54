package kz.tizim.match.locator;

/**
 * Why an input is not a valid locator. Each constant carries the sentence shown to users; a few
 * take a detail (the offending character, or the IDNA errors) that {@link LocatorParser} records.
 */
public enum Rejection {
    /** Nothing but whitespace. */
    EMPTY("empty input"),
    /** Longer than {@link LocatorParser#MAX_INPUT_BYTES} UTF-8 bytes. */
    TOO_LONG("longer than " + LocatorParser.MAX_INPUT_BYTES + " bytes"),
    /** A lone UTF-16 surrogate: not text. */
    MALFORMED_UNICODE("malformed Unicode (unpaired surrogate)"),
    /** A scheme other than http or https. */
    UNSUPPORTED_SCHEME("unsupported scheme (only http and https)"),
    /** No host, or only dots. */
    EMPTY_HOST("empty host"),
    /** A character that no browser accepts in a host name (detail: the code point). */
    FORBIDDEN_HOST_CHARACTER("character %s is not allowed in a host"),
    /** Percent-decoding the host produced bytes that are not UTF-8. */
    HOST_NOT_UTF8("host is not valid UTF-8 after percent-decoding"),
    /** A label longer than 63 octets in A-label form. */
    LABEL_TOO_LONG("host label longer than 63 octets"),
    /** A name longer than 253 octets in A-label form. */
    HOST_TOO_LONG("host longer than 253 octets"),
    /** The host ends in a number but is not an IPv4 address (browsers refuse it too). */
    INVALID_IPV4("invalid IPv4 address"),
    /** A bracketed or colon-separated host that is not an IPv6 address. */
    INVALID_IPV6("invalid IPv6 address"),
    /** UTS #46 processing failed (detail: the IDNA errors). */
    INVALID_IDN("invalid internationalised domain name (%s)"),
    /** A port that is not a number from 0 to 65535. */
    INVALID_PORT("invalid port"),
    /** A list line whose first word is not a {@link LocatorKind} token (detail: the word). */
    UNKNOWN_KIND("unknown locator kind '%s' (expected url, url-prefix, domain, domain-tree, ip or cidr)"),
    /** An IP address was expected. */
    NOT_AN_IP_ADDRESS("not an IP address"),
    /** An IP address where a domain name was expected. */
    IP_ADDRESS_NOT_A_DOMAIN("an IP address, not a domain name (use kind ip)"),
    /** A CIDR without a valid {@code /length}. */
    INVALID_PREFIX_LENGTH("invalid CIDR prefix length"),
    /** A CIDR whose address has bits set after the prefix (detail: the intended network). */
    CIDR_HOST_BITS_SET("address has bits set beyond the prefix length (did you mean %s?)");

    private final String message;

    Rejection(String message) {
        this.message = message;
    }

    /** The sentence for users, with {@code detail} filled in where the constant takes one. */
    public String message(String detail) {
        return message.contains("%s") ? String.format(java.util.Locale.ROOT, message, detail) : message;
    }
}
