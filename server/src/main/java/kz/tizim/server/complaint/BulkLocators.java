package kz.tizim.server.complaint;

import java.util.regex.Pattern;
import kz.tizim.match.locator.Locator;
import kz.tizim.match.locator.LocatorKind;
import kz.tizim.match.locator.LocatorParser;

/**
 * Canonicalises one uploaded locator with the {@code match} module, read the way a complainant
 * writes it (the same reading as triage of a single complaint): {@code <kind> <value>} when the kind
 * is given, otherwise a URL when it has a scheme or a path, a CIDR network when an address has a
 * {@code /length}, an IP address, or else a domain name. One instance per upload (not thread-safe:
 * the parser is reused).
 */
final class BulkLocators {

    private static final Pattern LENGTH = Pattern.compile("[0-9]{1,3}");

    private final LocatorParser parser = new LocatorParser();

    /** @throws kz.tizim.match.locator.InvalidLocatorException with the reason for users */
    Locator read(String text) {
        String trimmed = text.strip();
        int space = indexOfWhitespace(trimmed);
        if (space > 0 && LocatorKind.fromToken(trimmed.substring(0, space)) != null) {
            return Locator.parse(trimmed);
        }
        if (trimmed.contains("://")) {
            return Locator.of(LocatorKind.URL, trimmed);
        }
        int slash = trimmed.indexOf('/');
        if (slash > 0 && LENGTH.matcher(trimmed.substring(slash + 1)).matches()
                && parser.parseIp(trimmed.substring(0, slash)) == null) {
            return Locator.of(LocatorKind.CIDR, trimmed);
        }
        if (slash >= 0) {
            return Locator.of(LocatorKind.URL, trimmed);
        }
        if (parser.parseIp(trimmed) == null) {
            return Locator.of(LocatorKind.IP, trimmed);
        }
        return Locator.of(LocatorKind.DOMAIN, trimmed);
    }

    /** The locator without a URL's scheme, so http and https twins are one resource (as cases store it). */
    static String resource(Locator locator) {
        String value = locator.value();
        if (locator.kind() == LocatorKind.URL || locator.kind() == LocatorKind.URL_PREFIX) {
            int scheme = value.indexOf("://");
            value = scheme < 0 ? value : value.substring(scheme + 3);
        }
        return locator.kind().token() + " " + value;
    }

    private static int indexOfWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
