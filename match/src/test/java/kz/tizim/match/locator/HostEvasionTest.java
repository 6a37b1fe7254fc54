package kz.tizim.match.locator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Ways a site owner might write a URL so that it slips past a naive string comparison. */
class HostEvasionTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "http://casino.example/",
        "HTTP://CASINO.EXAMPLE/",
        "http://CaSiNo.ExAmPlE",
        "casino.example",
        "//casino.example/",
        "http:casino.example/",
        "http:/casino.example/",
        "http:\\\\casino.example\\",
        "http://casino.example./",
        "http://casino.example.../",
        "http://.casino.example/",
        "http://casino..example/",
        "http://user:pass@casino.example/",
        "http://google.com@casino.example/",
        "http://google.com%2F@casino.example/",
        "http://a@b@casino.example/",
        "http://casino.example:80/",
        "http://%63asino.example/",
        "http://%2563asino.example/",
        "http://casino%2eexample/",
        "http://casino\uFF0Eexample/",
        "http://casino\u3002example/",
        "http://cas\u200Bino.example/",
        "http://cas\u00ADino.example/",
        "http://ｃａｓｉｎｏ.example/",
        "http://casino.example/#fragment",
        "\t http://casino.example/\n",
        "http://casino.example/a/..",
        "http://casino.example/%2e%2e",
        "http://casino.example/./",
        "http://casino.example//",
    })
    void resolvesEvasiveSpellingsToTheSameUrl(String input) {
        assertThat(Canonicalizer.url(input)).isEqualTo("http://casino.example/");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "http://casino.example/a/%2e%2e/b | http://casino.example/b",
        "http://casino.example/a/%252e%252e/b | http://casino.example/b",
        "http://casino.example\\a\\..\\b | http://casino.example/b",
        "http://casino.example/a%5Cb | http://casino.example/a%5Cb",
        "http://casino.example/Path/Keeps/Case | http://casino.example/Path/Keeps/Case",
        "http://casino.example/пример | http://casino.example/%D0%BF%D1%80%D0%B8%D0%BC%D0%B5%D1%80",
        "http://casino.example/a b | http://casino.example/a%20b",
        "http://casino.example/?q=a%20b#x | http://casino.example/?q=a%20b",
        "http://casino.example?q | http://casino.example/?q",
        "http://[::ffff:192.0.2.1]/ | http://192.0.2.1/",
        "http://[2001:DB8:0:0:0:0:0:1]:8080/ | http://[2001:db8::1]:8080/",
        "http://0300.0000.0002.0353/ | http://192.0.2.235/",
        "http://0xC0.0x0.0x2.0xEB/ | http://192.0.2.235/",
        "http://3221226219/ | http://192.0.2.235/",
        "http://0xC00002EB/ | http://192.0.2.235/",
        "http://192.0x0002eb/ | http://192.0.2.235/",
        "http://192.0.747/ | http://192.0.2.235/",
        "http://%31%39%32%2e%30%2e%32%2e%32%33%35/ | http://192.0.2.235/",
        "http://１９２．０．２．２３５/ | http://192.0.2.235/",
    })
    void canonicalisesPathsAndAddresses(String input, String expected) {
        assertThat(Canonicalizer.url(input)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "ftp://casino.example/ | unsupported scheme",
        "javascript:alert(1) | unsupported scheme",
        "http:// | empty host",
        "http://.../ | empty host",
        "http://casino.example:99999/ | invalid port",
        "http://casino.example:8o/ | invalid port",
        "http://casino%2Fexample/ | not allowed in a host",
        "http://casino<example/ | not allowed in a host",
        "http://1.2.3.4.5/ | invalid IPv4",
        "http://256.0.0.1/ | invalid IPv4",
        "http://0x100000000/ | invalid IPv4",
        "http://08.1/ | invalid IPv4",
        "http://[::1/ | invalid IPv6",
        "http://[1:2:3:4:5:6:7:8:9]/ | invalid IPv6",
        "http://[::1]x/ | invalid IPv6",
        "http://%ff.example/ | not valid UTF-8",
    })
    void rejectsWithTheReason(String input, String reason) {
        assertThatThrownBy(() -> Canonicalizer.url(input))
                .isInstanceOf(InvalidLocatorException.class)
                .hasMessageContaining(reason);
    }

    @Test
    void rejectsHostWithLabelLongerThan63Octets() {
        assertThatThrownBy(() -> Canonicalizer.host("a".repeat(64) + ".example"))
                .isInstanceOf(InvalidLocatorException.class)
                .hasMessage("host label longer than 63 octets");
    }

    @Test
    void acceptsLabelOf63OctetsAndNameOf253() {
        String label = "a".repeat(63);
        String name = label + "." + label + "." + label + "." + "b".repeat(61);
        assertThat(name).hasSize(253);
        assertThat(Canonicalizer.host(name)).isEqualTo(name);
        assertThatThrownBy(() -> Canonicalizer.host("c" + name))
                .isInstanceOf(InvalidLocatorException.class)
                .hasMessage("host longer than 253 octets");
    }

    @Test
    void rejectsLoneSurrogate() {
        assertThatThrownBy(() -> Canonicalizer.url("http://a\uD800.example/"))
                .isInstanceOf(InvalidLocatorException.class)
                .hasMessageContaining("unpaired surrogate");
    }

    @Test
    void keepsAstralCharactersInPathAsUtf8Escapes() {
        assertThat(Canonicalizer.url("http://casino.example/\uD83C\uDFB0"))
                .isEqualTo("http://casino.example/%F0%9F%8E%B0");
    }
}
