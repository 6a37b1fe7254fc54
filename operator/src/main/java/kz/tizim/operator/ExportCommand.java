package kz.tizim.operator;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import kz.tizim.match.feed.FeedEntry;
import kz.tizim.match.feed.ListExport;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tizim operator export --format rpz|hosts|domains}: the local copy for a resolver or a hosts file. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the verified local copy to standard output as a DNS response policy zone (rpz), "
                + "a hosts file or a plain domain list. Entries the format cannot express (URLs in DNS, "
                + "addresses in a hosts file, hash-only entries anywhere) are counted on standard error."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", required = true, description = "The directory 'sync' keeps the local copy in.")
    Path dir = Path.of("");

    @Option(names = "--format", required = true, description = "rpz, hosts or domains.")
    String format = "";

    @Option(names = "--zone", defaultValue = "rpz.tizim.kz", description = "RPZ zone name (default: ${DEFAULT-VALUE}).")
    String zone = "";

    @Option(names = "--redirect", paramLabel = "HOST",
            description = "Send restricted names to this notice host (RPZ) or address (hosts) instead of NXDOMAIN / 0.0.0.0.")
    @Nullable String redirect;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        ListExport.Format chosen;
        try {
            chosen = ListExport.Format.of(format);
        } catch (IllegalArgumentException e) {
            err.println("error: --format must be rpz, hosts or domains (got '" + format + "')");
            return 2;
        }
        LocalCopy copy = LocalCopy.load(dir);
        if (copy == null) {
            err.println("error: no local copy in " + dir + "; run 'tizim operator sync' first");
            return 2;
        }
        BufferedWriter out = new BufferedWriter(spec.commandLine().getOut(), 1 << 16);
        ListExport export = ListExport.start(chosen, out, zone, copy.serial(), redirect);
        int hashed = 0;
        int left = 0;
        int partial = 0;
        for (FeedEntry entry : copy.entries()) {
            if (!entry.inClear()) {
                hashed++;
                continue;
            }
            switch (export.add(entry.kind(), entry.locator())) {
                case NOT_EXPRESSIBLE -> {
                    left++;
                    err.println("not in " + format + ": " + entry.kind().token() + " " + entry.locator() + " ("
                            + entry.decision() + ")");
                }
                case PARTIAL -> partial++;
                default -> {
                }
            }
        }
        export.finish();
        out.flush();
        err.println("serial " + copy.serial() + ": " + (copy.entries().size() - hashed - left) + " entries written"
                + (partial > 0 ? " (" + partial + " only in part)" : "") + ", " + left + " not expressible in " + format
                + ", " + hashed + " distributed only as hashes (enforce those at an HTTP proxy with 'check')");
        err.flush();
        return 0;
    }
}
