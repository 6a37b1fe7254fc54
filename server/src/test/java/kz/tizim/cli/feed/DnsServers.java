package kz.tizim.cli.feed;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

/**
 * Real BIND and Unbound processes for tests, on free loopback ports in temporary directories,
 * stopped through their process handles. Skipped when the binaries are missing, except on CI
 * ({@code CI=true}), where that is a failure.
 */
final class DnsServers implements AutoCloseable {

    static final Path NAMED = Path.of("/usr/sbin/named");
    static final Path UNBOUND = Path.of("/usr/sbin/unbound");

    private final List<Process> processes = new ArrayList<>();

    static void require(Path tool) {
        boolean present = Files.isExecutable(tool);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but " + tool + " is missing (apt-get install bind9 unbound)");
        }
        assumeTrue(present, tool + " not installed");
    }

    /** A port free for both TCP and UDP on 127.0.0.1. */
    static int freePort() throws IOException {
        for (int attempt = 0; attempt < 20; attempt++) {
            try (ServerSocket tcp = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                int port = tcp.getLocalPort();
                try (DatagramSocket udp = new DatagramSocket(port, InetAddress.getLoopbackAddress())) {
                    return port;
                } catch (IOException taken) {
                    // try another
                }
            }
        }
        throw new IOException("no free port");
    }

    /** Starts named in the foreground with {@code named.conf} from {@code dir}. */
    Process named(Path dir) throws IOException {
        List<String> command = new ArrayList<>(List.of(NAMED.toString(), "-g", "-c", dir.resolve("named.conf").toString()));
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("-u", "root"));
        }
        return start(command, dir.resolve("named.log"));
    }

    Process unbound(Path dir) throws IOException {
        return start(List.of(UNBOUND.toString(), "-d", "-c", dir.resolve("unbound.conf").toString()),
                dir.resolve("unbound.log"));
    }

    private Process start(List<String> command, Path log) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        processes.add(process);
        return process;
    }

    /** Asks {@code port} until it answers {@code name}/SOA, or fails after {@code timeout} with the log. */
    static void awaitAnswer(int port, String name, Duration timeout, Path log) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                Message answer = query(port, name, Type.SOA, true);
                if (answer.getRcode() == 0 && !answer.getSection(1).isEmpty()) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no answer for " + name + " on port " + port + " within " + timeout + ":\n"
                + (Files.exists(log) ? Files.readString(log) : "(no log)"));
    }

    /** Waits until {@code log} contains {@code text} (e.g. BIND's "reload done" after building RPZ data). */
    static void awaitLog(Path log, String text, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && Files.readString(log).contains(text)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("'" + text + "' not in " + log + " within " + timeout + ":\n"
                + (Files.exists(log) ? Files.readString(log) : "(no log)"));
    }

    static Message query(int port, String name, int type, boolean recursionDesired) throws IOException {
        SimpleResolver resolver = new SimpleResolver(InetAddress.getLoopbackAddress());
        resolver.setPort(port);
        resolver.setTimeout(Duration.ofSeconds(3));
        Record question = Record.newRecord(Name.fromString(name.endsWith(".") ? name : name + "."), type, DClass.IN);
        Message message = Message.newQuery(question);
        if (!recursionDesired) {
            message.getHeader().unsetFlag(org.xbill.DNS.Flags.RD);
        }
        return resolver.send(message);
    }

    @Override
    public void close() throws InterruptedException {
        for (Process process : processes) {
            process.toHandle().destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.toHandle().destroyForcibly();
            }
        }
    }
}
