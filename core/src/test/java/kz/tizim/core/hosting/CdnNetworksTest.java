package kz.tizim.core.hosting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class CdnNetworksTest {

    @Test
    void bundledListKnowsTheMajorCdnsByAsAndRange() {
        CdnNetworks cdn = CdnNetworks.bundled();

        assertThat(cdn.operator(IpAddress.of("104.16.1.1"), null)).contains("Cloudflare");
        assertThat(cdn.operator(IpAddress.of("2606:4700::1"), null)).contains("Cloudflare");
        assertThat(cdn.operator(IpAddress.of("151.101.1.69"), null)).contains("Fastly");
        assertThat(cdn.operator(IpAddress.of("13.32.1.1"), null)).contains("Amazon CloudFront");
        assertThat(cdn.isCdn(new Asn(20940))).isTrue();
        assertThat(cdn.isCdn(new Asn(15169))).isTrue();
    }

    @Test
    void ordinaryAmazonHostingIsNotACdn() {
        CdnNetworks cdn = CdnNetworks.bundled();

        assertThat(cdn.isCdn(new Asn(16509))).as("AS16509 also carries EC2").isFalse();
        assertThat(cdn.operator(IpAddress.of("3.120.0.1"), new Asn(16509))).isEmpty();
    }

    @Test
    void matchesByAsWhenNoRangeIsListed() throws Exception {
        CdnNetworks cdn = CdnNetworks.parse(new StringReader("# note\nAS64500 Demo CDN\n192.0.2.0/24 Range CDN\n"));

        assertThat(cdn.operator(IpAddress.of("198.51.100.1"), new Asn(64500))).contains("Demo CDN");
        assertThat(cdn.operator(IpAddress.of("192.0.2.9"), null)).contains("Range CDN");
        assertThat(cdn.operator(IpAddress.of("198.51.100.1"), new Asn(64501))).isEmpty();
    }

    @Test
    void namesTheLineOfAMalformedEntry() {
        assertThatThrownBy(() -> CdnNetworks.parse(new StringReader("AS1 ok\n\n10.0.0.1/8 host bits\n")))
                .hasMessageStartingWith("line 3:");
    }
}
