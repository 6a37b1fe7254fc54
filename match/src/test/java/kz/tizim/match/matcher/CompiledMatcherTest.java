package kz.tizim.match.matcher;

import static org.assertj.core.api.Assertions.assertThat;

import kz.tizim.match.locator.LocatorKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompiledMatcherTest {

    private static final CompiledMatcher MATCHER = CompiledMatcher.builder()
            .add(LocatorKind.URL, "http://shop.example/item?id=7", 1)
            .add(LocatorKind.URL_PREFIX, "http://files.example/leaks", 2)
            .add(LocatorKind.URL_PREFIX, "http://files.example/leaks/2024/", 3)
            .add(LocatorKind.URL_PREFIX, "http://files.example/search?q=x", 4)
            .add(LocatorKind.DOMAIN, "files.example", 5)
            .add(LocatorKind.DOMAIN, "exact.example", 6)
            .add(LocatorKind.DOMAIN_TREE, "mirror.test", 7)
            .add(LocatorKind.DOMAIN_TREE, "deep.mirror.test", 8)
            .add(LocatorKind.DOMAIN, "deep.mirror.test", 9)
            .add(LocatorKind.DOMAIN_TREE, "shop.example", 10)
            .add(LocatorKind.IP, "192.0.2.10", 11)
            .add(LocatorKind.CIDR, "192.0.2.10/32", 12)
            .add(LocatorKind.CIDR, "192.0.2.0/24", 13)
            .add(LocatorKind.CIDR, "192.0.0.0/16", 14)
            .add(LocatorKind.CIDR, "2001:db8::/32", 15)
            .add(LocatorKind.CIDR, "2001:db8:42::/48", 16)
            .add(LocatorKind.IP, "2001:db8:42::1", 17)
            .add(LocatorKind.DOMAIN, "Exact.Example.", 18)
            .add(LocatorKind.URL, "https://secure.example/a", 19)
            .build();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "http://shop.example/item?id=7 | 1",
        "https://SHOP.example/item?id=7#top | 1",
        "shop.example/item?id=7 | 1",
        "http://shop.example/item?id=8 | 10",
        "http://www.shop.example/item?id=7 | 10",
        "http://files.example/leaks | 2",
        "http://files.example/leaks/ | 2",
        "http://files.example/leaks/a/b | 2",
        "http://files.example/leaks?x=1 | 2",
        "http://files.example/leaksy | 5",
        "http://files.example/leaks/2024/ | 3",
        "http://files.example/leaks/2024/x.zip | 3",
        "http://files.example/leaks/2024 | 2",
        "http://files.example/search?q=x | 4",
        "http://files.example/search?q=x&page=2 | 4",
        "http://files.example/search?q=xy | 5",
        "http://files.example/ | 5",
        "http://files.example:8080/leaks/a | 5",
        "files.example | 5",
        "sub.files.example | -1",
        "exact.example | 6",
        "www.exact.example | -1",
        "mirror.test | 7",
        "a.b.mirror.test | 7",
        "deep.mirror.test | 9",
        "x.deep.mirror.test | 8",
        "notmirror.test | -1",
        "http://a.mirror.test:8443/any/path | 7",
        "192.0.2.10 | 11",
        "http://192.0.2.10/ | 11",
        "http://3221225994/ | 11",
        "192.0.2.11 | 13",
        "http://0xC0.0.2.99/ | 13",
        "192.0.3.1 | 14",
        "192.1.0.0 | -1",
        "::ffff:192.0.2.10 | 11",
        "http://[::ffff:192.0.2.77]/ | 13",
        "2001:db8::1 | 15",
        "[2001:db8:42::1] | 17",
        "2001:db8:42::2 | 16",
        "http://[2001:db8:42:0::5]:8080/x | 16",
        "2001:db9:: | -1",
        "http://secure.example/a | 19",
        "unrelated.example | -1",
        "http:// | -2",
        "mailto:someone | -2",
        "http://1.2.3.4.5/ | -2",
    })
    void answersTheMostSpecificCoveringEntry(String query, int expectedPayload) {
        int entry = MATCHER.match(query);
        assertThat(entry < 0 ? entry : MATCHER.payload(entry)).isEqualTo(expectedPayload);
    }

    @Test
    void keepsTheFirstOfDuplicateEntries() {
        int entry = MATCHER.matchHost("exact.example");
        assertThat(MATCHER.payload(entry)).isEqualTo(6);
    }

    @Test
    void prefersIpEntryOverSlash32Network() {
        int entry = MATCHER.matchIp("192.0.2.10");
        assertThat(MATCHER.kind(entry)).isEqualTo(LocatorKind.IP);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "shop.example/item?id=7 | url | http://shop.example/item?id=7",
        "https://secure.example/a | url | https://secure.example/a",
        "http://files.example/leaks/z | url-prefix | http://files.example/leaks",
        "deep.mirror.test | domain | deep.mirror.test",
        "q.mirror.test | domain-tree | mirror.test",
        "192.0.2.10 | ip | 192.0.2.10",
        "192.0.2.200 | cidr | 192.0.2.0/24",
        "2001:db8:42::1 | ip | 2001:db8:42::1",
        "2001:db8:ffff::1 | cidr | 2001:db8::/32",
    })
    void describesTheWinningEntryInCanonicalForm(String query, String kind, String value) {
        int entry = MATCHER.match(query);
        assertThat(MATCHER.kind(entry).token()).isEqualTo(kind);
        assertThat(MATCHER.value(entry)).isEqualTo(value);
        assertThat(MATCHER.locator(entry).toString()).isEqualTo(kind + " " + value);
    }

    @Test
    void matchesNothingWhenEmpty() {
        CompiledMatcher empty = CompiledMatcher.builder().build();
        assertThat(empty.match("http://example.test/")).isEqualTo(CompiledMatcher.NONE);
        assertThat(empty.match("192.0.2.1")).isEqualTo(CompiledMatcher.NONE);
        assertThat(empty.match("2001:db8::1")).isEqualTo(CompiledMatcher.NONE);
        assertThat(empty.size()).isZero();
    }

    @Test
    void coversWholeAddressSpaceWithZeroLengthNetworks() {
        CompiledMatcher all = CompiledMatcher.builder()
                .add(LocatorKind.CIDR, "0.0.0.0/0", 1)
                .add(LocatorKind.CIDR, "255.255.255.255/32", 2)
                .add(LocatorKind.CIDR, "::/0", 3)
                .add(LocatorKind.IP, "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", 4)
                .build();
        assertThat(all.payload(all.matchIp("0.0.0.0"))).isEqualTo(1);
        assertThat(all.payload(all.matchIp("255.255.255.254"))).isEqualTo(1);
        assertThat(all.payload(all.matchIp("255.255.255.255"))).isEqualTo(2);
        assertThat(all.payload(all.matchIp("::"))).isEqualTo(3);
        assertThat(all.payload(all.matchIp("ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe"))).isEqualTo(3);
        assertThat(all.payload(all.matchIp("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"))).isEqualTo(4);
    }
}
