package kz.tizim.cli.feed;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import kz.tizim.cli.ErrorsMixin;
import kz.tizim.match.feed.ListExport;
import kz.tizim.match.locator.Locator;
import org.jspecify.annotations.Nullable;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TSIG;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Update;
import org.xbill.DNS.ZoneTransferException;
import org.xbill.DNS.ZoneTransferIn;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tizim feed push}: brings a response policy zone on a DNS primary in line with the register
 * by RFC 2136 dynamic updates signed with TSIG. It transfers the zone (AXFR, TSIG), computes the
 * difference with the register's rendering, and sends only the changes, in batches, the last one
 * setting the SOA serial to the register serial. Secondaries then follow by NOTIFY/IXFR.
 */
@Command(name = "push", description = {
    "Update a response policy zone on a DNS primary (e.g. BIND) to match the register, by RFC 2136 dynamic "
        + "updates signed with TSIG. Only the difference is sent. For a first load of a large register, "
        + "write the zone with 'tizim feed export' instead.",
    "The primary must allow updates and transfers of the zone with the TSIG key (BIND: allow-update and "
        + "allow-transfer { key NAME; })."})
final class PushCommand implements Callable<Integer> {

    private static final int BATCH = 500;

    @Spec
    CommandSpec spec;

    @Mixin
    ErrorsMixin errors;

    @Mixin
    RegisterSource source;

    @Option(names = "--server", required = true, description = "The primary's address.")
    String server = "";

    @Option(names = "--port", defaultValue = "53", description = "The primary's port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--zone", required = true, description = "The response policy zone, e.g. rpz.tizim.kz.")
    String zone = "";

    @Option(names = "--tsig-name", required = true, description = "TSIG key name.")
    String tsigName = "";

    @Option(names = "--tsig-secret", required = true, defaultValue = "${env:TIZIM_TSIG_SECRET}",
            description = "TSIG secret, base64 (default: the TIZIM_TSIG_SECRET environment variable).")
    String tsigSecret = "";

    @Option(names = "--tsig-algorithm", defaultValue = "hmac-sha256", description = "TSIG algorithm (default: ${DEFAULT-VALUE}).")
    String tsigAlgorithm = "";

    @Option(names = "--redirect", paramLabel = "HOST", description = "Answer with this notice host instead of NXDOMAIN.")
    @Nullable String redirect;

    @Override
    public Integer call() throws IOException, SQLException, ZoneTransferException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Name origin = Name.fromString(zone.endsWith(".") ? zone : zone + ".");
        TSIG tsig = new TSIG(tsigAlgorithm, tsigName, tsigSecret);

        StringWriter rendered = new StringWriter();
        long[] serial = {0};
        int[] skipped = {0};
        ListExport[] export = new ListExport[1];
        source.read(new RegisterSource.Reader() {
            @Override
            public void serial(long s) throws IOException {
                serial[0] = s;
                export[0] = ListExport.start(ListExport.Format.RPZ, rendered, zone, s, redirect);
            }

            @Override
            public void entry(Locator locator, String decision, boolean published) throws IOException {
                if (!published || export[0].add(locator.kind(), locator.value()) == ListExport.Outcome.NOT_EXPRESSIBLE) {
                    skipped[0]++;
                }
            }
        });
        Map<Name, Name> wanted = policies(rendered.toString(), origin);

        ZoneTransferIn transfer = ZoneTransferIn.newAXFR(origin, server, port, tsig);
        transfer.setTimeout(Duration.ofSeconds(30));
        transfer.run();
        Map<Name, Name> present = new HashMap<>();
        SOARecord soa = null;
        for (Record record : transfer.getAXFR()) {
            if (record instanceof CNAMERecord cname) {
                present.put(cname.getName(), cname.getTarget());
            } else if (record instanceof SOARecord s) {
                soa = s;
            }
        }
        if (soa == null) {
            throw new IllegalStateException("the transfer of " + origin + " from " + server + " had no SOA record");
        }

        List<Record> deletions = new ArrayList<>();
        List<Record> additions = new ArrayList<>();
        present.forEach((name, target) -> {
            if (!target.equals(wanted.get(name))) {
                deletions.add(new CNAMERecord(name, DClass.IN, 0, target));
            }
        });
        wanted.forEach((name, target) -> {
            if (!target.equals(present.get(name))) {
                additions.add(new CNAMERecord(name, DClass.IN, 60, target));
            }
        });

        SimpleResolver resolver = new SimpleResolver(server);
        resolver.setPort(port);
        resolver.setTCP(true);
        resolver.setTSIGKey(tsig);
        resolver.setTimeout(Duration.ofSeconds(30));
        List<Record> changes = new ArrayList<>(deletions.size() + additions.size());
        changes.addAll(deletions);
        changes.addAll(additions);
        int sent = 0;
        do {
            Update update = new Update(origin);
            int end = Math.min(changes.size(), sent + BATCH);
            for (int i = sent; i < end; i++) {
                if (i < deletions.size()) {
                    update.delete(changes.get(i));
                } else {
                    update.add(changes.get(i));
                }
            }
            if (end == changes.size() && serial[0] > soa.getSerial()) {
                update.add(new SOARecord(origin, DClass.IN, soa.getTTL(), soa.getHost(), soa.getAdmin(), serial[0],
                        soa.getRefresh(), soa.getRetry(), soa.getExpire(), soa.getMinimum()));
            }
            Message response = resolver.send(update);
            if (response.getRcode() != Rcode.NOERROR) {
                err.println("error: " + server + " refused the update of " + origin + ": " + Rcode.string(response.getRcode())
                        + " (" + sent + " of " + changes.size() + " changes applied)");
                return 1;
            }
            sent = end;
        } while (sent < changes.size());
        out.println("pushed " + additions.size() + " additions and " + deletions.size() + " removals to " + origin + " at "
                + server + ":" + port + " (register serial " + serial[0] + ")");
        if (skipped[0] > 0) {
            err.println(skipped[0] + " entries cannot be enforced in DNS (URL-level or distributed only as hashes)");
        }
        return 0;
    }

    /** The owner → target pairs of the policy records in an RPZ rendering. */
    static Map<Name, Name> policies(String zoneText, Name origin) throws TextParseException {
        Map<Name, Name> policies = new HashMap<>();
        for (String line : zoneText.split("\n")) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length == 3 && parts[1].equals("CNAME")) {
                policies.put(Name.fromString(parts[0], origin), Name.fromString(parts[2], origin));
            }
        }
        return policies;
    }

}
