package kz.tizim.server.hosting;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.tizim.core.hosting.Asn;
import kz.tizim.core.hosting.Bogons;
import kz.tizim.core.hosting.CountryCode;
import kz.tizim.core.hosting.DnsRecord;
import kz.tizim.core.hosting.DnsRecordType;
import kz.tizim.core.hosting.HostName;
import kz.tizim.core.hosting.IpAddress;
import kz.tizim.core.hosting.IpAttribution;
import kz.tizim.core.hosting.IpAttributions;
import kz.tizim.core.hosting.Resolution;
import org.jspecify.annotations.Nullable;

/**
 * The demo's invented hosting facts ({@code hosting/demo-hosting.csv}). Demo sites live on
 * documentation addresses, which no database attributes; here they get a country and a network,
 * marked {@link IpAttribution.Source#DEMO}, and their resolutions are marked demo. Demo mode only.
 */
final class DemoHosting implements IpAttributions {

    static final String RESOURCE = "/hosting/demo-hosting.csv";
    static final String RESOLVER = "demo fixture";

    private final Map<IpAddress, IpAttribution> addresses;
    private final Map<HostName, List<IpAddress>> hosts;
    private final IpAttributions real;

    private DemoHosting(Map<IpAddress, IpAttribution> addresses, Map<HostName, List<IpAddress>> hosts,
            IpAttributions real) {
        this.addresses = addresses;
        this.hosts = hosts;
        this.real = real;
    }

    /** Reads the fixture; lines: {@code address,IP,COUNTRY,ASN,ORGANISATION,CDN-OPERATOR} or {@code host,NAME,IP[ IP…]}. */
    static DemoHosting load(IpAttributions real) {
        Map<IpAddress, IpAttribution> addresses = new LinkedHashMap<>();
        Map<HostName, List<IpAddress>> hosts = new LinkedHashMap<>();
        try (InputStream in = DemoHosting.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(",", -1);
                if (f[0].equals("address")) {
                    IpAddress ip = IpAddress.of(f[1]);
                    @Nullable String cdn = f[5].isBlank() ? null : f[5];
                    addresses.put(ip, new IpAttribution(ip, Bogons.purpose(ip).orElse(null), CountryCode.of(f[2]),
                            Asn.parse(f[3]), f[4], cdn, IpAttribution.Source.DEMO));
                } else if (f[0].equals("host")) {
                    List<IpAddress> ips = new ArrayList<>();
                    for (String ip : f[2].strip().split(" +")) {
                        ips.add(IpAddress.of(ip));
                    }
                    hosts.put(HostName.of(f[1]), List.copyOf(ips));
                } else {
                    throw new IllegalStateException(RESOURCE + ": unknown line kind '" + f[0] + "'");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DemoHosting(Map.copyOf(addresses), hosts, real);
    }

    /** The demo resolutions, as of {@code at}. */
    List<Resolution> resolutions(Instant at) {
        List<Resolution> all = new ArrayList<>();
        hosts.forEach((host, ips) -> {
            List<DnsRecord> records = new ArrayList<>();
            for (IpAddress ip : ips) {
                records.add(new DnsRecord(ip.v6() ? DnsRecordType.AAAA : DnsRecordType.A, ip.text(), 3600));
            }
            records.add(new DnsRecord(DnsRecordType.NS, "ns1.demo-hosting.example", 86400));
            all.add(new Resolution(host, at, RESOLVER, Resolution.Status.RESOLVED, records, true, null));
        });
        return all;
    }

    @Override
    public IpAttribution attribute(IpAddress address) {
        IpAttribution demo = addresses.get(address);
        return demo != null ? demo : real.attribute(address);
    }

    @Override
    public String description() {
        return real.description() + "; demo sites: invented demo facts on documentation addresses";
    }

    @Override
    public boolean available() {
        return real.available();
    }
}
