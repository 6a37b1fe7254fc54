package kz.tizim.match.locator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The canonicalisation examples of Google Safe Browsing v4 "URLs and Hashing". Where this project
 * deliberately differs (non-default ports, hosts no browser can reach), the examples are in
 * {@link #rejectsSafeBrowsingHostsThatNoBrowserAccepts} and {@code keepsNonDefaultPort} below.
 */
class SafeBrowsingCanonicalizationTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "http://host/%25%32%35 | http://host/%25",
        "http://host/%25%32%35%25%32%35 | http://host/%25%25",
        "http://host/%2525252525252525 | http://host/%25",
        "http://host/asdf%25%32%35asd | http://host/asdf%25asd",
        "http://host/%%%25%32%35asd%% | http://host/%25%25%25asd%25%25",
        "http://www.google.com/ | http://www.google.com/",
        "http://%31%36%38%2e%31%38%38%2e%39%39%2e%32%36/%2E%73%65%63%75%72%65/%77%77%77%2E%65%62%61%79%2E%63%6F%6D/"
                + " | http://168.188.99.26/.secure/www.ebay.com/",
        "http://195.127.0.11/uploads/%20%20%20%20/.verify/.eBaysecure=updateuserdataxplimnbqmn-xplmvalidateinfoswqpcmlx=hgplmcx/"
                + " | http://195.127.0.11/uploads/%20%20%20%20/.verify/.eBaysecure=updateuserdataxplimnbqmn-xplmvalidateinfoswqpcmlx=hgplmcx/",
        "http://host.com/%257Ea%2521b%2540c%2523d%2524e%25f%255E00%252611%252A22%252833%252944_55%252B"
                + " | http://host.com/~a!b@c%23d$e%25f^00&11*22(33)44_55+",
        "http://3279880203/blah | http://195.127.0.11/blah",
        "http://www.google.com/blah/.. | http://www.google.com/",
        "www.google.com/ | http://www.google.com/",
        "www.google.com | http://www.google.com/",
        "http://www.evil.com/blah#frag | http://www.evil.com/blah",
        "http://www.GOOgle.com/ | http://www.google.com/",
        "http://www.google.com.../ | http://www.google.com/",
        "http://www.google.com/q? | http://www.google.com/q?",
        "http://www.google.com/q?r? | http://www.google.com/q?r?",
        "http://www.google.com/q?r?s | http://www.google.com/q?r?s",
        "http://evil.com/foo#bar#baz | http://evil.com/foo",
        "http://evil.com/foo; | http://evil.com/foo;",
        "http://evil.com/foo?bar; | http://evil.com/foo?bar;",
        "http://notrailingslash.com | http://notrailingslash.com/",
        "\"  http://www.google.com/  \" | http://www.google.com/",
        "https://www.securesite.com/ | https://www.securesite.com/",
        "http://host.com/ab%23cd | http://host.com/ab%23cd",
        "http://host.com//twoslashes?more//slashes | http://host.com/twoslashes?more//slashes",
    })
    void canonicalisesAsSafeBrowsingSpecifies(String input, String expected) {
        assertThat(Canonicalizer.url(input)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://www.google.com/foo\tbar\rbaz\n2", "http://www.google.com/foo\tbar\rbaz\n2#x"})
    void removesTabCarriageReturnAndLineFeed(String input) {
        assertThat(Canonicalizer.url(input)).isEqualTo("http://www.google.com/foobarbaz2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http:// leadingspace.com/", "http://%20leadingspace.com/",
        "%20leadingspace.com/", "http://host%23.com/"})
    void rejectsSafeBrowsingHostsThatNoBrowserAccepts(String input) {
        // Safe Browsing escapes these; browsers refuse to connect to them, so they can name no resource.
        assertThatThrownBy(() -> Canonicalizer.url(input))
                .isInstanceOf(InvalidLocatorException.class)
                .hasMessageContaining("not allowed in a host");
    }

    @org.junit.jupiter.api.Test
    void rejectsSafeBrowsingHostWithControlAndC1Characters() {
        // Safe Browsing gives http://%01%80.com/; UTS #46 disallows U+0080, as browsers do.
        assertThatThrownBy(() -> Canonicalizer.url("http://\u0001\u0080.com/"))
                .isInstanceOf(InvalidLocatorException.class)
                .hasMessageContaining("disallowed");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "http://www.gotaport.com:1234/ | http://www.gotaport.com:1234/",
        "http://www.gotaport.com:80/ | http://www.gotaport.com/",
        "https://www.gotaport.com:443/ | https://www.gotaport.com/",
        "https://www.gotaport.com:80/ | https://www.gotaport.com:80/",
        "http://www.gotaport.com:0080/ | http://www.gotaport.com/",
        "http://www.gotaport.com:/ | http://www.gotaport.com/",
    })
    void keepsNonDefaultPortAndDropsDefaultOne(String input, String expected) {
        assertThat(Canonicalizer.url(input)).isEqualTo(expected);
    }
}
