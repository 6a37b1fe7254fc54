package kz.tizim.core.scope;

import java.util.Optional;
import kz.tizim.match.locator.Locator;
import kz.tizim.match.locator.LocatorKind;
import kz.tizim.match.locator.LocatorParser;
import kz.tizim.match.locator.PublicSuffixes;
import kz.tizim.match.locator.Site;

/**
 * Reads what a canonical {@link Locator} reaches. Off the hot path: results allocate. Matching feeds
 * against traffic is the {@code match} module's job; this class serves decisions about scopes.
 */
public final class Scopes {

    private Scopes() {
    }

    /** The canonical host of a URL, URL prefix, domain or domain tree; empty for IP and CIDR. */
    public static Optional<String> host(Locator locator) {
        return switch (locator.kind()) {
            case URL, URL_PREFIX -> {
                var parser = new LocatorParser();
                if (parser.parseUrl(locator.value()) != null) {
                    throw new IllegalStateException("canonical URL does not parse: " + locator);
                }
                yield Optional.of(parser.hostString());
            }
            case DOMAIN, DOMAIN_TREE -> Optional.of(locator.value());
            case IP, CIDR -> Optional.empty();
        };
    }

    /** The addresses a locator names literally: IP and CIDR scopes, and URLs whose host is an IP address. */
    public static Optional<IpRange> addresses(Locator locator) {
        return switch (locator.kind()) {
            case IP, CIDR -> Optional.of(IpRange.parse(locator.value()));
            case URL, URL_PREFIX -> host(locator).filter(Scopes::isAddress).map(IpRange::parse);
            case DOMAIN, DOMAIN_TREE -> Optional.empty();
        };
    }

    /** Whether a scope is an IP address or network (as opposed to a name or a URL). */
    public static boolean isAddressScope(Locator locator) {
        return locator.kind() == LocatorKind.IP || locator.kind() == LocatorKind.CIDR;
    }

    /** The locator's host in the Public Suffix List; empty for IP and CIDR locators and IP-literal URLs. */
    public static Optional<Site> site(Locator locator) {
        return host(locator).filter(host -> !isAddress(host)).map(PublicSuffixes::site);
    }

    /**
     * The key of the site dossier a locator belongs to: its registrable domain; the host itself when
     * the host is a public suffix; the address or network for IP locators and IP-literal URLs.
     */
    public static String siteKey(Locator locator) {
        if (locator.kind() == LocatorKind.IP || locator.kind() == LocatorKind.CIDR) {
            return locator.value();
        }
        String host = host(locator).orElseThrow();
        if (isAddress(host)) {
            return host;
        }
        Site site = PublicSuffixes.site(host);
        String registrable = site.registrableDomain();
        return registrable != null ? registrable : site.host();
    }

    /**
     * Whether restricting {@code scope} restricts everything {@code target} names. Coverage of a name
     * by an address is not knowable from the locators alone (it depends on DNS) and is reported as
     * {@code false}; the {@code HostingFacts} port answers that question.
     */
    public static boolean covers(Locator scope, Locator target) {
        if (scope.equals(target)) {
            return true;
        }
        return switch (scope.kind()) {
            case URL -> sameUrl(scope, target);
            case URL_PREFIX -> (target.kind() == LocatorKind.URL || target.kind() == LocatorKind.URL_PREFIX)
                    && underPrefix(withoutScheme(scope.value()), withoutScheme(target.value()));
            case DOMAIN -> target.kind() != LocatorKind.DOMAIN_TREE
                    && host(target).map(host -> host.equals(scope.value())).orElse(false);
            case DOMAIN_TREE -> host(target)
                    .map(host -> host.equals(scope.value()) || host.endsWith("." + scope.value()))
                    .orElse(false);
            case IP, CIDR -> {
                IpRange range = IpRange.parse(scope.value());
                yield addresses(target).map(range::contains).orElse(false);
            }
        };
    }

    /**
     * Whether two locators name the same resource: equal, or the http and https variants of the same
     * URL or URL prefix.
     */
    public static boolean sameResource(Locator a, Locator b) {
        return a.equals(b) || a.kind() == b.kind()
                && (a.kind() == LocatorKind.URL || a.kind() == LocatorKind.URL_PREFIX)
                && withoutScheme(a.value()).equals(withoutScheme(b.value()));
    }

    /** Whether {@code host} is a canonical IP address rather than a name. */
    public static boolean isAddress(String host) {
        return host.indexOf(':') >= 0 || host.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9'));
    }

    private static boolean sameUrl(Locator scope, Locator target) {
        return target.kind() == LocatorKind.URL && withoutScheme(scope.value()).equals(withoutScheme(target.value()));
    }

    private static boolean underPrefix(String prefix, String url) {
        if (!url.startsWith(prefix)) {
            return false;
        }
        if (url.length() == prefix.length()) {
            return true;
        }
        char last = prefix.charAt(prefix.length() - 1);
        char next = url.charAt(prefix.length());
        return last == '/' || last == '?' || last == '&' || next == '/' || next == '?' || next == '&';
    }

    /** The http and https variants of a URL are the same resource. */
    private static String withoutScheme(String url) {
        int separator = url.indexOf("://");
        return separator < 0 ? url : url.substring(separator + 3);
    }
}
