package kz.tizim.operator;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tizim operator sync}: fetch, verify and apply the register, then acknowledge it. */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = {"Bring the local copy up to date: the snapshot first, then deltas. Every manifest's "
                + "Ed25519 signature is checked with the pinned key and every body against its manifest; "
                + "a tampered body, a wrong key, a gap or a serial going backwards is refused and the "
                + "previous copy kept. The new copy is written atomically, then the serial is acknowledged.",
            "Exit codes: 0 synced, 1 refused or unreachable, 2 misconfigured."})
final class SyncCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--url", required = true, description = "The Tizim server, e.g. https://tizim.kz.")
    String url = "";

    @Option(names = "--key", required = true, paramLabel = "PUBKEY",
            description = "The register's Ed25519 public key (PEM), obtained out of band and pinned.")
    Path key = Path.of("");

    @Option(names = "--dir", required = true, description = "Where the verified local copy is kept.")
    Path dir = Path.of("");

    @Option(names = "--token", defaultValue = "${env:TIZIM_TOKEN}",
            description = "The ISP's API token (default: the TIZIM_TOKEN environment variable).")
    @Nullable String token;

    @Option(names = "--every", paramLabel = "DURATION",
            description = "Keep running, syncing every DURATION (60s, 5m, 1h); failures are reported and retried.")
    @Nullable String every;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Syncing syncing;
        Duration interval = null;
        try {
            PublicKey pinned = Settings.key(key);
            String server = Settings.url(url);
            Path directory = Settings.writableDir(dir);
            if (token == null || token.isBlank()) {
                throw new Misconfiguration("an ISP token is required: --token or the TIZIM_TOKEN environment variable");
            }
            if (every != null) {
                interval = Settings.duration(every);
            }
            syncing = new Syncing(new FeedServer(server, token.strip()), pinned, directory);
        } catch (Misconfiguration e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return 2;
        }
        if (interval == null) {
            return once(syncing, out, err);
        }
        while (!Thread.currentThread().isInterrupted()) {
            once(syncing, out, err);
            try {
                Thread.sleep(interval.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return 0;
    }

    private static int once(Syncing syncing, PrintWriter out, PrintWriter err) {
        try {
            Syncing.Result result = syncing.sync();
            if (result.fromSerial() == result.toSerial()) {
                out.println(Instant.now() + " up to date at serial " + result.toSerial() + " (" + result.entries()
                        + " entries), acknowledged");
            } else {
                out.println(Instant.now() + " synced serial " + result.fromSerial() + " -> " + result.toSerial() + " by "
                        + result.how() + " (" + result.entries() + " entries), acknowledged");
            }
            out.flush();
            return 0;
        } catch (Exception e) {
            err.println(Instant.now() + " error: sync refused, local copy unchanged: " + e.getMessage());
            err.flush();
            return 1;
        }
    }
}
