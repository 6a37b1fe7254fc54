package kz.tizim.core.scope;

import static org.assertj.core.api.Assertions.assertThat;

import kz.tizim.match.locator.Locator;
import kz.tizim.match.locator.LocatorKind;
import org.junit.jupiter.api.Test;

class ScopesTest {

    private static Locator url(String value) {
        return Locator.of(LocatorKind.URL, value);
    }

    @Test
    void urlCoversItsHttpAndHttpsVariants() {
        assertThat(Scopes.covers(url("http://films.example/a"), url("https://films.example/a"))).isTrue();
        assertThat(Scopes.covers(url("http://films.example/a"), url("http://films.example/b"))).isFalse();
    }

    @Test
    void prefixCoversOnlyAtSegmentBoundaries() {
        Locator prefix = Locator.of(LocatorKind.URL_PREFIX, "https://films.example/watch");
        assertThat(Scopes.covers(prefix, url("https://films.example/watch/1"))).isTrue();
        assertThat(Scopes.covers(prefix, url("https://films.example/watchlist"))).isFalse();
    }

    @Test
    void domainCoversItsHostOnlyAndTreeCoversSubdomains() {
        Locator domain = Locator.of(LocatorKind.DOMAIN, "films.example");
        Locator tree = Locator.of(LocatorKind.DOMAIN_TREE, "films.example");
        Locator sub = url("https://cdn.films.example/x");
        assertThat(Scopes.covers(domain, url("https://films.example/x"))).isTrue();
        assertThat(Scopes.covers(domain, sub)).isFalse();
        assertThat(Scopes.covers(tree, sub)).isTrue();
        assertThat(Scopes.covers(tree, url("https://notfilms.example/x"))).isFalse();
    }

    @Test
    void networkCoversAddressesAndIpLiteralUrlsInside() {
        Locator net = Locator.of(LocatorKind.CIDR, "198.51.100.0/24");
        assertThat(Scopes.covers(net, Locator.of(LocatorKind.IP, "198.51.100.7"))).isTrue();
        assertThat(Scopes.covers(net, url("http://198.51.100.7/film"))).isTrue();
        assertThat(Scopes.covers(net, Locator.of(LocatorKind.IP, "198.51.101.7"))).isFalse();
        assertThat(Scopes.covers(Locator.of(LocatorKind.CIDR, "2001:db8::/32"),
                Locator.of(LocatorKind.IP, "2001:db8:1::5"))).isTrue();
        assertThat(Scopes.covers(net, url("http://films.example/"))).isFalse();
    }

    @Test
    void siteKeyIsTheRegistrableDomainOrTheAddress() {
        assertThat(Scopes.siteKey(url("https://a.b.films.example/x"))).isEqualTo("films.example");
        assertThat(Scopes.siteKey(url("https://user.github.io/x"))).isEqualTo("user.github.io");
        assertThat(Scopes.siteKey(url("http://[2001:db8::1]/x"))).isEqualTo("2001:db8::1");
        assertThat(Scopes.siteKey(Locator.of(LocatorKind.CIDR, "203.0.113.0/24"))).isEqualTo("203.0.113.0/24");
    }
}
