package kz.tizim.cli.hosting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import kz.tizim.cli.CliDriver;
import kz.tizim.server.hosting.AuthoritativeDns;
import kz.tizim.server.hosting.IpDatabaseFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LookupCommandTest {

    @Test
    void looksUpAddressesOfflineInTheRealDatabases() {
        Path data = IpDatabaseFixture.require();

        var result = CliDriver.run("hosting", "lookup", "--data-dir", data.toString(), "2.133.1.1", "104.16.1.1",
                "203.0.113.10", "[2606:4700::1111]");

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        String[] lines = result.stdout().split("\\R");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).startsWith("{\"input\":\"2.133.1.1\",\"ips\":[\"2.133.1.1\"],\"country\":\"KZ\",\"asn\":\"AS9198\"")
                .contains("\"cdn\":false,\"bogon\":false}");
        assertThat(lines[1]).contains("\"asn\":\"AS13335\"").contains("\"cdn\":true");
        assertThat(lines[2]).isEqualTo("{\"input\":\"203.0.113.10\",\"ips\":[\"203.0.113.10\"],\"country\":null,"
                + "\"asn\":null,\"organisation\":null,\"cdn\":false,\"bogon\":true}");
        assertThat(lines[3]).contains("\"ips\":[\"2606:4700::1111\"]").contains("\"cdn\":true");
    }

    @Test
    void withoutDatabasesWarnsButStillRecognisesReservedAndCdnRanges(@TempDir Path empty) {
        var result = CliDriver.run("hosting", "lookup", "--data-dir", empty.toString(), "192.168.1.1", "104.16.1.1");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr()).contains("no address databases").contains("tizim data update");
        assertThat(result.stdout()).contains("\"input\":\"192.168.1.1\"").contains("\"bogon\":true")
                .contains("\"input\":\"104.16.1.1\",\"ips\":[\"104.16.1.1\"],\"country\":null,\"asn\":null,"
                        + "\"organisation\":null,\"cdn\":true,\"bogon\":false}");
    }

    @Test
    void invalidInputIsReportedInItsLine(@TempDir Path empty) {
        var result = CliDriver.run("hosting", "lookup", "--data-dir", empty.toString(), "not a host!");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stdout()).contains("\"input\":\"not a host!\",\"ips\":[]").contains("\"error\":\"not a host name or IP address\"");
    }

    @Test
    void resolvesHostNamesThroughTheGivenResolver(@TempDir Path bind, @TempDir Path empty) throws Exception {
        try (AuthoritativeDns dns = AuthoritativeDns.start(bind, "tizim.test", """
                $TTL 300
                @    IN SOA ns1.tizim.test. hostmaster.tizim.test. 1 3600 600 86400 300
                @    IN NS  ns1.tizim.test.
                ns1  IN A   127.0.0.1
                www  IN CNAME edge.tizim.test.
                edge IN A   104.16.1.1
                edge IN A   10.0.0.1
                """)) {
            var result = CliDriver.run("hosting", "lookup", "--data-dir", empty.toString(), "--resolver", dns.address(),
                    "www.tizim.test", "gone.tizim.test");

            String[] lines = result.stdout().split("\\R");
            assertThat(lines[0]).startsWith("{\"input\":\"www.tizim.test\",\"ips\":[")
                    .contains("\"104.16.1.1\"").contains("\"10.0.0.1\"").contains("\"cdn\":true,\"bogon\":false");
            assertThat(lines[1]).contains("\"ips\":[]").contains("\"error\":\"no such host\"");
        }
    }

    @Test
    void needsAtLeastOneInput() {
        var result = CliDriver.run("hosting", "lookup");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).contains("tizim hosting lookup --help");
    }
}
