package kz.tizim.core.hosting;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** In-memory ports and a small database for hosting tests. */
final class HostingFixture {

    static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    final MutableClock clock = new MutableClock();
    final InMemoryResolutions history = new InMemoryResolutions();
    final InMemoryCorrections corrections = new InMemoryCorrections();
    final ScriptedResolver resolver = new ScriptedResolver();
    final HostingDatabase database = database();

    EstablishingHosting establishing() {
        return new EstablishingHosting(resolver, history, database, corrections, clock, java.time.Duration.ofHours(1));
    }

    /** A tiny world: a Dutch host, a German one, a Kazakh one and Cloudflare. */
    static HostingDatabase database() {
        return HostingDatabase.builder()
                .country(Network.parse("1.2.3.0/24"), CountryCode.of("NL"))
                .country(Network.parse("5.6.7.0/24"), CountryCode.of("DE"))
                .country(Network.parse("2.133.0.0/16"), CountryCode.of("KZ"))
                .country(Network.parse("104.16.0.0/13"), CountryCode.of("US"))
                .country(Network.parse("2a00:1::/32"), CountryCode.of("NL"))
                .network(IpAddress.of("1.2.3.0"), IpAddress.of("1.2.3.255"), 64500, "Demo Hosting B.V.")
                .network(IpAddress.of("2a00:1::"), IpAddress.of("2a00:1:ffff:ffff:ffff:ffff:ffff:ffff"), 64500,
                        "Demo Hosting B.V.")
                .network(IpAddress.of("5.6.7.0"), IpAddress.of("5.6.7.255"), 64501, "Beispiel GmbH")
                .network(IpAddress.of("2.133.0.0"), IpAddress.of("2.133.255.255"), 9198, "JSC Kazakhtelecom")
                .network(IpAddress.of("104.16.0.0"), IpAddress.of("104.23.255.255"), 13335, "Cloudflare, Inc.")
                .build(CdnNetworks.bundled(), "test database");
    }

    static Resolution resolved(String host, Instant at, String... addresses) {
        List<DnsRecord> records = new ArrayList<>();
        for (String a : addresses) {
            records.add(new DnsRecord(a.contains(":") ? DnsRecordType.AAAA : DnsRecordType.A, a, 300));
        }
        return new Resolution(HostName.of(host), at, "test", Resolution.Status.RESOLVED, records, false, null);
    }

    static final class MutableClock extends Clock {
        Instant now = NOW;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Answers from a script; counts calls. */
    final class ScriptedResolver implements Resolver {
        final Map<String, String[]> answers = new HashMap<>();
        int calls;

        @Override
        public Resolution resolve(HostName host) {
            calls++;
            String[] addresses = answers.get(host.value());
            if (addresses == null) {
                return new Resolution(host, clock.instant(), "test", Resolution.Status.NO_SUCH_HOST, List.of(), false,
                        null);
            }
            return resolved(host.value(), clock.instant(), addresses);
        }
    }

    static final class InMemoryResolutions implements Resolutions {
        final List<Resolution> all = new ArrayList<>();

        @Override
        public void append(Resolution resolution) {
            all.add(resolution);
        }

        @Override
        public Optional<Resolution> latest(HostName host) {
            return all.stream().filter(r -> r.host().equals(host)).max(Comparator.comparing(Resolution::resolvedAt));
        }

        @Override
        public int registrableDomainsOn(IpAddress address) {
            Set<String> domains = new HashSet<>();
            all.stream().map(Resolution::host).distinct().map(this::latest).flatMap(Optional::stream)
                    .filter(r -> r.addresses().contains(address))
                    .forEach(r -> domains.add(r.host().registrableDomain()));
            return domains.size();
        }
    }

    static final class InMemoryCorrections implements JurisdictionCorrections {
        final List<JurisdictionCorrection> all = new ArrayList<>();

        @Override
        public void append(JurisdictionCorrection correction) {
            all.add(correction);
        }

        @Override
        public Optional<JurisdictionCorrection> latest(HostName host) {
            List<JurisdictionCorrection> history = history(host);
            return history.isEmpty() ? Optional.empty() : Optional.of(history.get(0));
        }

        @Override
        public List<JurisdictionCorrection> history(HostName host) {
            List<JurisdictionCorrection> found = new ArrayList<>(all.stream().filter(c -> c.host().equals(host)).toList());
            java.util.Collections.reverse(found);
            return found;
        }
    }
}
