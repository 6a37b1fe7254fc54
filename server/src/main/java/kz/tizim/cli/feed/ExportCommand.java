package kz.tizim.cli.feed;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import kz.tizim.cli.ErrorsMixin;
import kz.tizim.match.feed.ListExport;
import kz.tizim.match.locator.Locator;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tizim feed export --format rpz|hosts|domains}: the register for a resolver or a hosts file. */
@Command(name = "export", description = {
    "Write the current register (or a list file) to standard output as a DNS response policy zone "
        + "(draft-vixie-dnsop-dns-rpz; SOA serial = register serial), a hosts file or a plain domain list.",
    "domain -> 'name CNAME .' (NXDOMAIN) or 'name CNAME notice-host.' with --redirect; domain-tree -> the name and "
        + "*.name; ip/cidr -> rpz-ip triggers. URL-level entries cannot be enforced in DNS: each is reported on "
        + "standard error, as are entries distributed only as hashes."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ErrorsMixin errors;

    @Mixin
    RegisterSource source;

    @Option(names = "--format", required = true, description = "rpz, hosts or domains.")
    String format = "";

    @Option(names = "--zone", defaultValue = "rpz.tizim.kz", description = "RPZ zone name (default: ${DEFAULT-VALUE}).")
    String zone = "";

    @Option(names = "--redirect", paramLabel = "HOST",
            description = "Answer restricted names with this notice host (RPZ) or address (hosts) instead of NXDOMAIN / 0.0.0.0.")
    @Nullable String redirect;

    @Override
    public Integer call() throws IOException, SQLException {
        PrintWriter err = spec.commandLine().getErr();
        ListExport.Format chosen;
        try {
            chosen = ListExport.Format.of(format);
        } catch (IllegalArgumentException e) {
            err.println("error: --format must be rpz, hosts or domains (got '" + format + "')");
            return 2;
        }
        BufferedWriter out = new BufferedWriter(spec.commandLine().getOut(), 1 << 16);
        int[] counts = new int[3];
        ListExport[] export = new ListExport[1];
        source.read(new RegisterSource.Reader() {
            @Override
            public void serial(long serial) throws IOException {
                export[0] = ListExport.start(chosen, out, zone, serial, redirect);
            }

            @Override
            public void entry(Locator locator, String decision, boolean published) throws IOException {
                if (!published) {
                    counts[2]++;
                    return;
                }
                if (export[0].add(locator.kind(), locator.value()) == ListExport.Outcome.NOT_EXPRESSIBLE) {
                    counts[1]++;
                    err.println("not in " + format + ": " + locator + " (" + decision + ")");
                } else {
                    counts[0]++;
                }
            }
        });
        export[0].finish();
        out.flush();
        err.println(counts[0] + " entries written, " + counts[1] + " not expressible in " + format + ", " + counts[2]
                + " distributed only as hashes");
        err.flush();
        return 0;
    }
}
