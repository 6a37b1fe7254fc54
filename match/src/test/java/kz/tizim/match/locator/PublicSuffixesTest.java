package kz.tizim.match.locator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Public Suffix List's own test cases (tests/test_psl.txt, checkPublicSuffix), minus those whose
 * rules have since changed in the list (the old {@code *.cy} and {@code *.om} wildcards), plus the
 * private section and this project's default-rule wrapper.
 */
class PublicSuffixesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "COM | null",
        "example.COM | example.com",
        "WwW.example.COM | example.com",
        "example | null",
        "example.example | example.example",
        "b.example.example | example.example",
        "a.b.example.example | example.example",
        "biz | null",
        "domain.biz | domain.biz",
        "b.domain.biz | domain.biz",
        "a.b.domain.biz | domain.biz",
        "com | null",
        "example.com | example.com",
        "b.example.com | example.com",
        "a.b.example.com | example.com",
        "uk.com | null",
        "example.uk.com | example.uk.com",
        "b.example.uk.com | example.uk.com",
        "a.b.example.uk.com | example.uk.com",
        "test.ac | test.ac",
        "jp | null",
        "test.jp | test.jp",
        "www.test.jp | test.jp",
        "ac.jp | null",
        "test.ac.jp | test.ac.jp",
        "www.test.ac.jp | test.ac.jp",
        "kyoto.jp | null",
        "test.kyoto.jp | test.kyoto.jp",
        "ide.kyoto.jp | null",
        "b.ide.kyoto.jp | b.ide.kyoto.jp",
        "a.b.ide.kyoto.jp | b.ide.kyoto.jp",
        "c.kobe.jp | null",
        "b.c.kobe.jp | b.c.kobe.jp",
        "a.b.c.kobe.jp | b.c.kobe.jp",
        "city.kobe.jp | city.kobe.jp",
        "www.city.kobe.jp | city.kobe.jp",
        "ck | null",
        "test.ck | null",
        "b.test.ck | b.test.ck",
        "a.b.test.ck | b.test.ck",
        "www.ck | www.ck",
        "www.www.ck | www.ck",
        "us | null",
        "test.us | test.us",
        "www.test.us | test.us",
        "ak.us | null",
        "test.ak.us | test.ak.us",
        "www.test.ak.us | test.ak.us",
        "k12.ak.us | null",
        "test.k12.ak.us | test.k12.ak.us",
        "www.test.k12.ak.us | test.k12.ak.us",
        "食狮.com.cn | xn--85x722f.com.cn",
        "食狮.公司.cn | xn--85x722f.xn--55qx5d.cn",
        "www.食狮.公司.cn | xn--85x722f.xn--55qx5d.cn",
        "shishi.公司.cn | shishi.xn--55qx5d.cn",
        "公司.cn | null",
        "食狮.中国 | xn--85x722f.xn--fiqs8s",
        "www.食狮.中国 | xn--85x722f.xn--fiqs8s",
        "shishi.中国 | shishi.xn--fiqs8s",
        "中国 | null",
        "xn--85x722f.com.cn | xn--85x722f.com.cn",
        "xn--85x722f.xn--55qx5d.cn | xn--85x722f.xn--55qx5d.cn",
        "www.xn--85x722f.xn--55qx5d.cn | xn--85x722f.xn--55qx5d.cn",
        "shishi.xn--55qx5d.cn | shishi.xn--55qx5d.cn",
        "xn--55qx5d.cn | null",
        "xn--85x722f.xn--fiqs8s | xn--85x722f.xn--fiqs8s",
        "www.xn--85x722f.xn--fiqs8s | xn--85x722f.xn--fiqs8s",
        "shishi.xn--fiqs8s | shishi.xn--fiqs8s",
        "xn--fiqs8s | null",
    })
    void findsRegistrableDomainAsTheListTestsSay(String host, String expected) {
        assertThat(PublicSuffixes.registrableDomain(host)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "kz | null",
        "com.kz | null",
        "shop.com.kz | shop.com.kz",
        "www.shop.com.kz | shop.com.kz",
        "www.пример.рф | xn--e1afmkfd.xn--p1ai",
        "foo.bar.example | bar.example",
        "a.b.c.test | c.test",
        "192.0.2.1 | null",
        "[2001:db8::1] | null",
    })
    void treatsUnlistedTopLevelDomainAsOneLabelSuffix(String host, String expected) {
        assertThat(PublicSuffixes.registrableDomain(host)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: public suffix {1}, private {2}")
    @CsvSource(delimiter = '|', value = {
        "github.io | true | true",
        "alice.github.io | false | true",
        "blogspot.com | true | true",
        "bob.blogspot.com | false | true",
        "github.com | false | false",
        "com.kz | true | false",
        "kz | true | false",
        "bar.example | false | false",
    })
    void tellsPrivateSectionSuffixesApart(String host, boolean publicSuffix, boolean privateSuffix) {
        Site site = PublicSuffixes.site(host);
        assertThat(site.isPublicSuffix()).isEqualTo(publicSuffix);
        assertThat(site.privateSuffix()).isEqualTo(privateSuffix);
        assertThat(PublicSuffixes.isPublicSuffix(host)).isEqualTo(publicSuffix);
        assertThat(PublicSuffixes.isUnderPrivateSuffix(host)).isEqualTo(privateSuffix);
    }
}
