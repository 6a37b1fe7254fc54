package kz.tizim.cli.hosting;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import kz.tizim.cli.ErrorsMixin;
import kz.tizim.core.hosting.CdnNetworks;
import kz.tizim.core.hosting.CountryCode;
import kz.tizim.core.hosting.HostName;
import kz.tizim.core.hosting.HostingJurisdiction;
import kz.tizim.core.hosting.IpAddress;
import kz.tizim.core.hosting.IpAttribution;
import kz.tizim.core.hosting.IpAttributions;
import kz.tizim.core.hosting.JurisdictionAssessment;
import kz.tizim.core.hosting.Resolution;
import kz.tizim.server.hosting.DnsjavaResolver;
import kz.tizim.server.hosting.IpDatabaseFiles;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tizim hosting lookup HOST|IP...}: one JSON line per input with its addresses, likely
 * country, network, and whether it is a CDN's or a reserved address. Addresses need only the data
 * directory (no network); names are resolved through the DNS.
 */
@Command(name = "lookup",
        description = {"Print one JSON line per host or IP: input, ips, country, asn, organisation, cdn, bogon.",
            "IP addresses are looked up offline in the address databases (see 'tizim data update'); host "
                + "names are resolved first. Exit code 1 when an input fails or the databases are missing."})
public final class LookupCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ErrorsMixin errors;

    @Option(names = "--data-dir", defaultValue = "${env:TIZIM_IPDB_DIR:-./data/demo/ipdb}",
            description = "Directory of the address databases (default: ${DEFAULT-VALUE}; TIZIM_IPDB_DIR).")
    Path dataDir;

    @Option(names = "--resolver", defaultValue = "${env:TIZIM_DNS_RESOLVER}",
            description = "DNS resolver host[:port] for host names (default: the system's).")
    @Nullable String resolver;

    @Option(names = "--timeout", defaultValue = "3", description = "DNS timeout per query, seconds (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Parameters(paramLabel = "HOST|IP", arity = "1..*", description = "Host names or IP addresses.")
    List<String> inputs = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CdnNetworks cdn = CdnNetworks.bundled();
        IpAttributions attributions;
        boolean failed = false;
        Path directory = dataDir.toAbsolutePath().normalize();
        if (IpDatabaseFiles.present(directory)) {
            try {
                attributions = IpDatabaseFiles.load(directory, cdn);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the address databases in " + directory + ": "
                        + e.getMessage(), e);
            }
        } else {
            err.println("warning: no address databases in " + directory
                    + ": country and network are null (run: tizim data update --data-dir " + dataDir + ")");
            attributions = IpAttributions.unknown(cdn, "none");
            failed = true;
        }
        DnsjavaResolver dns = null;
        for (String input : inputs) {
            Optional<IpAddress> address = IpAddress.parse(input);
            List<IpAddress> ips;
            String error = null;
            if (address.isPresent()) {
                ips = List.of(address.get());
            } else {
                Optional<HostName> host = HostName.parse(input);
                if (host.isEmpty()) {
                    ips = List.of();
                    error = "not a host name or IP address";
                } else {
                    if (dns == null) {
                        dns = DnsjavaResolver.create(resolver, Duration.ofSeconds(timeoutSeconds), Clock.systemUTC());
                    }
                    Resolution resolution = dns.resolve(host.get());
                    ips = resolution.addresses();
                    if (resolution.status() == Resolution.Status.NO_SUCH_HOST) {
                        error = "no such host";
                    } else if (resolution.status() == Resolution.Status.FAILED) {
                        error = "DNS failed: " + resolution.error();
                    }
                }
            }
            failed |= error != null;
            out.println(line(input, ips, attributions, error));
        }
        out.flush();
        return failed ? 1 : 0;
    }

    static String line(String input, List<IpAddress> ips, IpAttributions attributions, @Nullable String error) {
        List<IpAttribution> attributed = ips.stream().map(attributions::attribute).toList();
        HostingJurisdiction jurisdiction = JurisdictionAssessment.assess(attributed, null);
        CountryCode country = jurisdiction.country();
        IpAttribution primary = null;
        for (IpAttribution a : attributed) {
            if (a.locatesHosting() && (country == null || country.equals(a.country()))) {
                if (primary == null || (primary.isCdn() && !a.isCdn())) {
                    primary = a;
                }
            }
        }
        boolean cdn = attributed.stream().anyMatch(IpAttribution::isCdn);
        boolean bogon = !attributed.isEmpty() && attributed.stream().allMatch(IpAttribution::isBogon);
        Json json = new Json()
                .field("input", input)
                .strings("ips", ips.stream().map(IpAddress::text).toList())
                .field("country", country == null ? null : country.value())
                .field("asn", primary == null || primary.asn() == null ? null : primary.asn().toString())
                .field("organisation", primary == null ? null : primary.organisation())
                .field("cdn", cdn)
                .field("bogon", bogon);
        if (error != null) {
            json.field("error", error);
        }
        return json.close();
    }
}
