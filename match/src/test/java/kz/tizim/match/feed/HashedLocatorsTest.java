package kz.tizim.match.feed;

import static org.assertj.core.api.Assertions.assertThat;

import kz.tizim.match.locator.LocatorKind;
import kz.tizim.match.matcher.CompiledMatcher;
import org.junit.jupiter.api.Test;

class HashedLocatorsTest {

    @Test
    void findsAHashedUrlWhateverTheSchemeAndSpelling() {
        HashedLocators hashed = new HashedLocators();
        hashed.add(LocatorKind.URL, Digests.sha256Hex("https://hidden.example/a/b?x=1"), 7);

        assertThat(hashed.match("HTTP://Hidden.EXAMPLE:80/a/./b?x=1")).isEqualTo(7);
        assertThat(hashed.match("https://hidden.example/a/b?x=2")).isEqualTo(CompiledMatcher.NONE);
    }

    @Test
    void findsHashedPrefixesAtBoundariesOnly() {
        HashedLocators hashed = new HashedLocators();
        hashed.add(LocatorKind.URL_PREFIX, Digests.sha256Hex("http://files.example/user/1"), 3);

        assertThat(hashed.match("http://files.example/user/1/photos")).isEqualTo(3);
        assertThat(hashed.match("http://files.example/user/1?tab=x")).isEqualTo(3);
        assertThat(hashed.match("http://files.example/user/12")).isEqualTo(CompiledMatcher.NONE);
    }

    @Test
    void findsHashedDomainTreesAndNetworks() {
        HashedLocators hashed = new HashedLocators();
        hashed.add(LocatorKind.DOMAIN_TREE, Digests.sha256Hex("mirror.test"), 1);
        hashed.add(LocatorKind.CIDR, Digests.sha256Hex("198.51.100.0/24"), 2);
        hashed.add(LocatorKind.CIDR, Digests.sha256Hex("2001:db8:42::/48"), 4);

        assertThat(hashed.match("a.b.mirror.test")).isEqualTo(1);
        assertThat(hashed.match("http://198.51.100.7/x")).isEqualTo(2);
        assertThat(hashed.match("2001:db8:42:1::9")).isEqualTo(4);
        assertThat(hashed.match("notmirror.test")).isEqualTo(CompiledMatcher.NONE);
    }
}
