package kz.tizim.server.hosting;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

/**
 * A real BIND ({@code named}) serving one zone on 127.0.0.1 and a free port, in a temp directory;
 * stopped through its process handle. Skips the test when named is missing, except on CI.
 */
public final class AuthoritativeDns implements AutoCloseable {

    static final Path NAMED = Path.of(System.getenv().getOrDefault("TIZIM_NAMED", "/usr/sbin/named"));

    private final Process process;
    private final int port;

    private AuthoritativeDns(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static AuthoritativeDns start(Path dir, String zone, String zoneFile) throws Exception {
        boolean present = Files.isExecutable(NAMED);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but BIND is missing at " + NAMED + " (apt-get install bind9)");
        }
        assumeTrue(present, "BIND not installed at " + NAMED);
        int port = freePort();
        Files.writeString(dir.resolve(zone + ".zone"), zoneFile, StandardCharsets.US_ASCII);
        Files.writeString(dir.resolve("named.conf"), """
                options {
                    directory "%1$s";
                    pid-file "%1$s/named.pid";
                    listen-on port %2$d { 127.0.0.1; };
                    listen-on-v6 { none; };
                    recursion no;
                    dnssec-validation no;
                };
                zone "%3$s" { type primary; file "%1$s/%3$s.zone"; };
                """.formatted(dir.toAbsolutePath(), port, zone), StandardCharsets.US_ASCII);
        Process process = new ProcessBuilder(NAMED.toString(), "-g", "-c", dir.resolve("named.conf").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("named.log").toFile()).start();
        AuthoritativeDns dns = new AuthoritativeDns(process, port);
        dns.awaitReady(zone, dir);
        return dns;
    }

    int port() {
        return port;
    }

    public String address() {
        return "127.0.0.1:" + port;
    }

    private void awaitReady(String zone, Path dir) throws Exception {
        SimpleResolver probe = new SimpleResolver(InetAddress.getLoopbackAddress());
        probe.setPort(port);
        probe.setTimeout(Duration.ofMillis(200));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("named exited: " + Files.readString(dir.resolve("named.log")));
            }
            try {
                Message answer = probe.send(Message.newQuery(Record.newRecord(Name.fromString(zone + "."), Type.SOA,
                        DClass.IN)));
                if (answer.getRcode() == Rcode.NOERROR) {
                    return;
                }
            } catch (IOException notYet) {
                // named is still loading
            }
            Thread.sleep(100);
        }
        close();
        throw new IllegalStateException("named did not answer within 15 s: " + Files.readString(dir.resolve("named.log")));
    }

    /** A port free for both UDP and TCP on the loopback address. */
    private static int freePort() throws IOException {
        for (int attempt = 0; attempt < 20; attempt++) {
            try (DatagramSocket udp = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
                int port = udp.getLocalPort();
                try (ServerSocket tcp = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                    return port;
                } catch (IOException taken) {
                    // try another
                }
            }
        }
        throw new IOException("no free port");
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
