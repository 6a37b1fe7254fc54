package kz.tizim.core.hosting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BogonsTest {

    @ParameterizedTest
    @ValueSource(strings = {"10.1.2.3", "172.31.255.255", "192.168.0.1", "127.0.0.1", "169.254.1.1", "100.64.0.1",
            "192.0.2.55", "198.51.100.7", "203.0.113.10", "224.0.0.251", "255.255.255.255", "0.0.0.0",
            "198.18.0.1", "::1", "::", "fe80::1", "fd00::1", "ff02::1", "2001:db8::1", "3fff::1", "64:ff9b::808:808",
            "2002:c000:0201::1", "::ffff:10.0.0.1", "4000::1"})
    void recognisesReservedAndDocumentationRanges(String address) {
        assertThat(Bogons.purpose(IpAddress.of(address))).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.1.1.1", "8.8.8.8", "172.32.0.1", "100.128.0.1", "192.0.3.1", "203.0.114.1",
            "2a00:1450:4001::1", "2606:4700::1111", "2001:4860:4860::8888"})
    void leavesPublicAddressesAlone(String address) {
        assertThat(Bogons.purpose(IpAddress.of(address))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"192.0.2.1", "2001:db8::1"})
    void namesTheDocumentationRfc(String address) {
        assertThat(Bogons.purpose(IpAddress.of(address))).hasValueSatisfying(p -> assertThat(p).contains("documentation"));
    }
}
