package kz.tizim.cli.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import kz.tizim.cli.CliDriver;
import kz.tizim.cli.CliDriver.CliResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.Message;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

/**
 * The exported zone in real resolvers: BIND 9 as the RPZ primary (and resolver), Unbound as a
 * resolver that transfers the zone from it. Answers are checked with dnsjava before and after an
 * RFC 2136 update pushed by {@code tizim feed push}.
 */
class RpzInResolversTest {

    static final String TSIG_SECRET = "dGl6aW0tdGVzdC10c2lnLXNlY3JldC0zMmJ5dGVzISE=";

    @TempDir
    Path dir;

    @Test
    void bindAndUnboundEnforceTheZoneBeforeAndAfterAnRfc2136Update() throws Exception {
        DnsServers.require(DnsServers.NAMED);
        DnsServers.require(DnsServers.UNBOUND);
        Path list = Files.writeString(dir.resolve("list.txt"), """
                # restricted by the register
                domain casino.example
                domain-tree mirror.example
                ip 192.0.2.66
                url http://free.example/only-this-page
                """);
        Files.setLastModifiedTime(list, FileTime.from(Instant.parse("2026-03-01T00:00:00Z")));
        Path redirectList = Files.writeString(dir.resolve("redirect.txt"), "domain redirect.example\n");

        CliResult nx = CliDriver.run("feed", "export", "--format", "rpz", "--zone", "rpz.tizim.test", "--list", list.toString());
        CliResult redirect = CliDriver.run("feed", "export", "--format", "rpz", "--zone", "rpz-redirect.tizim.test",
                "--redirect", "notice.tizim.test", "--list", redirectList.toString());
        assertThat(nx.exitCode()).as(nx.stderr()).isZero();
        assertThat(nx.stderr()).contains("not in rpz: url http://free.example/only-this-page");
        Files.writeString(dir.resolve("rpz.zone"), nx.stdout());
        Files.writeString(dir.resolve("rpz-redirect.zone"), redirect.stdout());
        assertThat(checkZone("rpz.tizim.test", dir.resolve("rpz.zone"))).contains("OK");
        assertThat(checkZone("rpz-redirect.tizim.test", dir.resolve("rpz-redirect.zone"))).contains("OK");

        int bindPort = DnsServers.freePort();
        int unboundPort = DnsServers.freePort();
        writeBindConfig(bindPort, unboundPort);
        writeUnboundConfig(unboundPort, bindPort);
        try (DnsServers servers = new DnsServers()) {
            servers.named(dir);
            DnsServers.awaitAnswer(bindPort, "rpz.tizim.test", Duration.ofSeconds(30), dir.resolve("named.log"));
            servers.unbound(dir);
            DnsServers.awaitAnswer(unboundPort, "example", Duration.ofSeconds(30), dir.resolve("unbound.log"));

            for (int port : List.of(bindPort, unboundPort)) {
                awaitRcode(port, "casino.example", Rcode.NXDOMAIN);
                assertThat(rcode(port, "www.mirror.example")).isEqualTo(Rcode.NXDOMAIN);
                assertThat(rcode(port, "mirror.example")).isEqualTo(Rcode.NXDOMAIN);
                assertThat(rcode(port, "badip.example")).as("rpz-ip trigger").isEqualTo(Rcode.NXDOMAIN);
                assertThat(addresses(port, "free.example")).containsExactly("192.0.2.1");
                assertThat(addresses(port, "later.example")).containsExactly("192.0.2.12");
                Message redirected = DnsServers.query(port, "redirect.example", Type.A, true);
                assertThat(redirected.getSection(Section.ANSWER)).anySatisfy(record -> assertThat(record)
                        .isInstanceOfSatisfying(CNAMERecord.class,
                                cname -> assertThat(cname.getTarget().toString()).isEqualTo("notice.tizim.test.")));
                assertThat(addresses(port, "redirect.example")).contains("192.0.2.80");
            }

            Files.writeString(list, """
                    domain later.example
                    domain-tree mirror.example
                    ip 192.0.2.66
                    """);
            Files.setLastModifiedTime(list, FileTime.from(Instant.parse("2026-03-02T00:00:00Z")));
            CliResult push = CliDriver.run("feed", "push", "--server", "127.0.0.1", "--port", Integer.toString(bindPort),
                    "--zone", "rpz.tizim.test", "--tsig-name", "tizim-push", "--tsig-secret", TSIG_SECRET,
                    "--list", list.toString());

            assertThat(push.exitCode()).as(push.stderr()).isZero();
            assertThat(push.stdout()).contains("pushed 1 additions and 1 removals");
            for (int port : List.of(bindPort, unboundPort)) {
                try {
                    awaitRcode(port, "later.example", Rcode.NXDOMAIN);
                } catch (AssertionError e) {
                    throw new AssertionError(e.getMessage() + (port == bindPort ? " (BIND)" : " (Unbound)") + "\n"
                            + Files.readString(dir.resolve(port == bindPort ? "named.log" : "unbound.log")), e);
                }
                assertThat(addresses(port, "casino.example")).containsExactly("192.0.2.10");
                assertThat(rcode(port, "www.mirror.example")).isEqualTo(Rcode.NXDOMAIN);
            }
            SOARecord soa = (SOARecord) DnsServers.query(bindPort, "rpz.tizim.test", Type.SOA, false)
                    .getSection(Section.ANSWER).get(0);
            assertThat(soa.getSerial()).isGreaterThanOrEqualTo(Instant.parse("2026-03-02T00:00:00Z").getEpochSecond());
        }
    }

    @Test
    void bindLoadsAMillionNameZone() throws Exception {
        DnsServers.require(DnsServers.NAMED);
        int names = 1_000_000;
        Path list = dir.resolve("million.txt");
        try (BufferedWriter out = Files.newBufferedWriter(list, StandardCharsets.UTF_8)) {
            for (int i = 0; i < names; i++) {
                out.write("domain n" + i + ".bulk.example\n");
            }
        }
        Path zone = dir.resolve("rpz.zone");
        long exportStarted = System.nanoTime();
        CliResult export = CliDriver.run("feed", "export", "--format", "rpz", "--zone", "rpz.tizim.test", "--list",
                list.toString());
        Files.writeString(zone, export.stdout());
        Duration exportTook = Duration.ofNanos(System.nanoTime() - exportStarted);
        assertThat(export.stderr()).contains(names + " entries written");

        int port = DnsServers.freePort();
        Files.writeString(dir.resolve("named.conf"), """
                options {
                  directory "%1$s"; pid-file "%1$s/named.pid"; listen-on port %2$d { 127.0.0.1; }; listen-on-v6 { none; };
                  recursion yes; allow-recursion { 127.0.0.1; }; dnssec-validation no; notify no;
                  response-policy { zone "rpz.tizim.test"; } qname-wait-recurse no min-update-interval 0;
                };
                controls { };
                zone "rpz.tizim.test" { type primary; file "rpz.zone"; };
                """.formatted(dir, port));
        try (DnsServers servers = new DnsServers()) {
            long started = System.nanoTime();
            servers.named(dir);
            DnsServers.awaitLog(dir.resolve("named.log"), "rpz: rpz.tizim.test: reload done", Duration.ofMinutes(3));
            Duration loadTook = Duration.ofNanos(System.nanoTime() - started);
            System.out.printf("RPZ of %,d names: export %d ms, BIND start, load and RPZ build %d ms%n", names,
                    exportTook.toMillis(), loadTook.toMillis());

            assertThat(rcode(port, "n999999.bulk.example")).isEqualTo(Rcode.NXDOMAIN);
            assertThat(rcode(port, "n0.bulk.example")).isEqualTo(Rcode.NXDOMAIN);
            assertThat(Files.readString(dir.resolve("named.log"))).contains("loaded serial");
        }
    }

    private void writeBindConfig(int port, int unboundPort) throws Exception {
        Files.writeString(dir.resolve("example.zone"), """
                $ORIGIN example.
                $TTL 60
                @ IN SOA localhost. hostmaster.localhost. 1 3600 600 604800 60
                @ IN NS localhost.
                casino A 192.0.2.10
                free A 192.0.2.1
                redirect A 192.0.2.11
                later A 192.0.2.12
                badip A 192.0.2.66
                mirror A 192.0.2.13
                www.mirror A 192.0.2.13
                """);
        Files.writeString(dir.resolve("tizim.test.zone"), """
                $ORIGIN tizim.test.
                $TTL 60
                @ IN SOA localhost. hostmaster.localhost. 1 3600 600 604800 60
                @ IN NS localhost.
                notice A 192.0.2.80
                """);
        Files.writeString(dir.resolve("named.conf"), """
                options {
                  directory "%1$s";
                  pid-file "%1$s/named.pid";
                  listen-on port %2$d { 127.0.0.1; };
                  listen-on-v6 { none; };
                  recursion yes;
                  allow-recursion { 127.0.0.1; };
                  allow-query { any; };
                  dnssec-validation no;
                  notify no;
                  response-policy { zone "rpz.tizim.test"; zone "rpz-redirect.tizim.test"; } qname-wait-recurse no min-update-interval 0;
                };
                controls { };
                key "tizim-push" { algorithm hmac-sha256; secret "%3$s"; };
                zone "rpz.tizim.test" {
                  type primary; file "rpz.zone";
                  allow-update { key tizim-push; };
                  allow-transfer { key tizim-push; 127.0.0.1; };
                  notify explicit; also-notify { 127.0.0.1 port %4$d; };
                };
                zone "rpz-redirect.tizim.test" { type primary; file "rpz-redirect.zone"; allow-transfer { 127.0.0.1; }; };
                zone "example" { type primary; file "example.zone"; };
                zone "tizim.test" { type primary; file "tizim.test.zone"; };
                """.formatted(dir, port, TSIG_SECRET, unboundPort));
    }

    private void writeUnboundConfig(int port, int bindPort) throws Exception {
        Files.writeString(dir.resolve("unbound.conf"), """
                server:
                  interface: 127.0.0.1
                  port: %2$d
                  do-ip6: no
                  username: ""
                  chroot: ""
                  directory: "%1$s"
                  pidfile: "%1$s/unbound.pid"
                  use-syslog: no
                  logfile: ""
                  module-config: "respip iterator"
                  access-control: 127.0.0.0/8 allow
                  do-not-query-localhost: no
                  domain-insecure: "example."
                  domain-insecure: "tizim.test."
                stub-zone:
                  name: "example."
                  stub-addr: 127.0.0.1@%3$d
                stub-zone:
                  name: "tizim.test."
                  stub-addr: 127.0.0.1@%3$d
                rpz:
                  name: "rpz.tizim.test."
                  primary: 127.0.0.1@%3$d
                  allow-notify: 127.0.0.1
                  zonefile: "%1$s/unbound-rpz.zone"
                rpz:
                  name: "rpz-redirect.tizim.test."
                  primary: 127.0.0.1@%3$d
                  zonefile: "%1$s/unbound-rpz-redirect.zone"
                """.formatted(dir, port, bindPort));
    }

    private static String checkZone(String zone, Path file) throws Exception {
        Process process = new ProcessBuilder("named-checkzone", zone, file.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    private static int rcode(int port, String name) throws Exception {
        return DnsServers.query(port, name, Type.A, true).getRcode();
    }

    private static List<String> addresses(int port, String name) throws Exception {
        return DnsServers.query(port, name, Type.A, true).getSection(Section.ANSWER).stream()
                .filter(r -> r.getType() == Type.A).map(Record::rdataToString).collect(Collectors.toList());
    }

    /** Unbound applies the zone once it has transferred it (at start, then after each NOTIFY). */
    private static void awaitRcode(int port, String name, int expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        int last = -1;
        while (System.nanoTime() < deadline) {
            last = rcode(port, name);
            if (last == expected) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(name + " on port " + port + " answered " + Rcode.string(last) + ", expected "
                + Rcode.string(expected));
    }
}
