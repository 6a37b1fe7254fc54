package kz.tizim.core.caseflow;

import java.util.regex.Pattern;
import kz.tizim.match.locator.InvalidLocatorException;
import kz.tizim.match.locator.Locator;
import kz.tizim.match.locator.LocatorKind;
import kz.tizim.match.locator.LocatorParser;

/**
 * Reads a locator as a complainant wrote it: {@code <kind> <value>} when the kind is given,
 * otherwise a URL when it has a scheme or a path, a CIDR network when an address has a
 * {@code /length}, an IP address, or else a domain name.
 */
final class SubmittedLocators {

    private static final Pattern LENGTH = Pattern.compile("[0-9]{1,3}");

    private SubmittedLocators() {
    }

    /** @throws InvalidLocatorException with the reason for users */
    static Locator read(String text) {
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
                && new LocatorParser().parseIp(trimmed.substring(0, slash)) == null) {
            return Locator.of(LocatorKind.CIDR, trimmed);
        }
        if (slash >= 0) {
            return Locator.of(LocatorKind.URL, trimmed);
        }
        if (new LocatorParser().parseIp(trimmed) == null) {
            return Locator.of(LocatorKind.IP, trimmed);
        }
        return Locator.of(LocatorKind.DOMAIN, trimmed);
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
