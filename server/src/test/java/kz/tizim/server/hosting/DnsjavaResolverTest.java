package kz.tizim.server.hosting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import kz.tizim.core.hosting.DnsRecordType;
import kz.tizim.core.hosting.HostName;
import kz.tizim.core.hosting.IpAddress;
import kz.tizim.core.hosting.Resolution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resolution against a real authoritative BIND server, as the hosting module does it. */
class DnsjavaResolverTest {

    static final String ZONE = """
            $TTL 300
            @       IN SOA ns1.tizim.test. hostmaster.tizim.test. 1 3600 600 86400 300
            @       IN NS  ns1.tizim.test.
            @       IN NS  ns2.tizim.test.
            ns1     IN A   127.0.0.1
            ns2     IN A   127.0.0.2
            www     IN CNAME edge.tizim.test.
            edge    60 IN A 192.0.2.80
            edge    IN AAAA 2001:db8::80
            site    IN A   198.51.100.7
            site    IN A   198.51.100.8
            """;

    @TempDir
    static Path dir;

    static AuthoritativeDns dns;

    @BeforeAll
    static void startBind() throws Exception {
        dns = AuthoritativeDns.start(dir, "tizim.test", ZONE);
    }

    @AfterAll
    static void stopBind() throws Exception {
        if (dns != null) {
            dns.close();
        }
    }

    private static DnsjavaResolver resolver() {
        return DnsjavaResolver.create(dns.address(), Duration.ofSeconds(2), Clock.systemUTC());
    }

    @Test
    void followsTheCnameToAddressesAndFindsTheZonesNameServers() {
        Resolution resolution = resolver().resolve(HostName.of("www.tizim.test"));

        assertThat(resolution.status()).isEqualTo(Resolution.Status.RESOLVED);
        assertThat(resolution.resolver()).isEqualTo(dns.address());
        assertThat(resolution.values(DnsRecordType.CNAME)).containsExactly("edge.tizim.test");
        assertThat(resolution.addresses()).containsExactly(IpAddress.of("192.0.2.80"), IpAddress.of("2001:db8::80"));
        assertThat(resolution.values(DnsRecordType.NS)).containsExactlyInAnyOrder("ns1.tizim.test", "ns2.tizim.test");
        assertThat(resolution.records()).filteredOn(r -> r.type() == DnsRecordType.A)
                .singleElement().satisfies(r -> assertThat(r.ttl()).isEqualTo(60));
    }

    @Test
    void keepsEveryAddressOfTheName() {
        Resolution resolution = resolver().resolve(HostName.of("site.tizim.test"));

        assertThat(resolution.addresses()).containsExactlyInAnyOrder(IpAddress.of("198.51.100.7"),
                IpAddress.of("198.51.100.8"));
    }

    @Test
    void aMissingNameIsNoSuchHost() {
        Resolution resolution = resolver().resolve(HostName.of("gone.tizim.test"));

        assertThat(resolution.status()).isEqualTo(Resolution.Status.NO_SUCH_HOST);
        assertThat(resolution.addresses()).isEmpty();
    }

    @Test
    void aSilentResolverFailsWithinTheTimeout() throws Exception {
        int silent;
        try (java.net.DatagramSocket socket = new java.net.DatagramSocket(0, java.net.InetAddress.getLoopbackAddress())) {
            silent = socket.getLocalPort();
            DnsjavaResolver resolver = DnsjavaResolver.create("127.0.0.1:" + silent, Duration.ofMillis(500),
                    Clock.systemUTC());
            long started = System.nanoTime();

            Resolution resolution = resolver.resolve(HostName.of("www.tizim.test"));

            assertThat(resolution.status()).isEqualTo(Resolution.Status.FAILED);
            assertThat(resolution.error()).isNotBlank();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        }
    }
}
