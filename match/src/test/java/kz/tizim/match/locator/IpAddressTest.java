package kz.tizim.match.locator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** IPv4 in every form browsers accept, IPv6 per RFC 5952, and CIDR networks. */
class IpAddressTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "192.168.0.1 | 192.168.0.1",
        "0300.0250.00.01 | 192.168.0.1",
        "0xC0.0Xa8.0x0.0x1 | 192.168.0.1",
        "192 | 0.0.0.192",
        "0xC0a80001 | 192.168.0.1",
        "030052000001 | 192.168.0.1",
        "000030052000001 | 192.168.0.1",
        "192.168 | 192.0.0.168",
        "192.0x00A80001 | 192.168.0.1",
        "0xc0.052000001 | 192.168.0.1",
        "192.168.1 | 192.168.0.1",
        "192.168.0.1. | 192.168.0.1",
        "0x | 0.0.0.0",
        "4294967295 | 255.255.255.255",
        "0xffffffff | 255.255.255.255",
        "::ffff:192.0.2.1 | 192.0.2.1",
        "::FFFF:C000:0201 | 192.0.2.1",
        "[::ffff:c000:201] | 192.0.2.1",
        "2001:0db8:0000:0000:0000:0000:0000:0001 | 2001:db8::1",
        "2001:db8:0:0:1:0:0:1 | 2001:db8::1:0:0:1",
        "2001:db8:0:1:1:1:1:1 | 2001:db8:0:1:1:1:1:1",
        "2001:0:0:1:0:0:0:1 | 2001:0:0:1::1",
        "0:0:0:0:0:0:0:0 | ::",
        "::1 | ::1",
        "1:: | 1::",
        "[2001:DB8::A] | 2001:db8::a",
        "::192.0.2.1 | ::c000:201",
        "64:ff9b::192.0.2.1 | 64:ff9b::c000:201",
        "1:0:0:2::3:0 | 1::2:0:0:3:0",
    })
    void canonicalisesAddresses(String input, String expected) {
        assertThat(Canonicalizer.ip(input)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"192.168.0.0.1", "0x100.0", "0.0.0x10000", "0x100000000", "4294967296",
        "19a.168.0.1", "0308.0250.00.01", "0xCG.0xA8.0x0.0x1", "example.test", "1:2:3:4:5:6:7:8:9", ":::",
        "1::2::3", "::ffff:256.0.0.1", "::1.2.3", "1:2:3:4:5:6:7:1.2.3.4", "[::1", "12345::"})
    void rejectsWhatIsNotAnAddress(String input) {
        assertThatThrownBy(() -> Canonicalizer.ip(input)).isInstanceOf(InvalidLocatorException.class);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "192.0.2.0/24 | 192.0.2.0/24",
        "0.0.0.0/0 | 0.0.0.0/0",
        "192.0.2.1/32 | 192.0.2.1/32",
        "2001:DB8::/32 | 2001:db8::/32",
        "::/0 | ::/0",
        "::ffff:192.0.2.0/120 | 192.0.2.0/24",
        "2001:db8::1/128 | 2001:db8::1/128",
    })
    void canonicalisesNetworks(String input, String expected) {
        assertThat(Locator.of(LocatorKind.CIDR, input).value()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "192.0.2.1/24 | did you mean 192.0.2.0/24?",
        "2001:db8::1/32 | did you mean 2001:db8::/32?",
        "192.0.2.0/33 | invalid CIDR prefix length",
        "192.0.2.0 | invalid CIDR prefix length",
        "192.0.2.0/ | invalid CIDR prefix length",
        "192.0.2.0/2x | invalid CIDR prefix length",
        "2001:db8::/129 | invalid CIDR prefix length",
    })
    void rejectsInvalidNetworks(String input, String reason) {
        assertThatThrownBy(() -> Locator.of(LocatorKind.CIDR, input))
                .isInstanceOf(InvalidLocatorException.class)
                .hasMessageContaining(reason);
    }
}
