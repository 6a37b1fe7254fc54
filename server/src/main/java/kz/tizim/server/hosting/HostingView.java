package kz.tizim.server.hosting;

import java.time.Instant;
import java.util.List;
import kz.tizim.core.hosting.AddressFacts;
import kz.tizim.core.hosting.CountryCode;
import kz.tizim.core.hosting.DnsRecord;
import kz.tizim.core.hosting.HostingJurisdiction;
import kz.tizim.core.hosting.HostingReport;
import kz.tizim.core.hosting.IpAttribution;
import kz.tizim.core.hosting.JurisdictionAssessment;
import kz.tizim.core.hosting.JurisdictionCorrection;
import org.jspecify.annotations.Nullable;

/**
 * Hosting facts as the API returns them and the console shows them. {@code attribution} names the
 * data sources with the links their licences require.
 */
record HostingView(String input, @Nullable String host, boolean demo, @Nullable Instant observedAt,
        @Nullable String resolver, @Nullable String status, @Nullable String error, List<RecordView> records,
        List<AddressView> addresses, JurisdictionView jurisdiction, String data, boolean dataAvailable,
        String attribution) {

    static final String ATTRIBUTION = "Country data: NRO (https://www.nro.net), CC BY 4.0. AS numbers and "
            + "organisations: RouteViews (https://www.routeviews.org) and IP Geolocation by DB-IP "
            + "(https://db-ip.com), CC BY 4.0. Packaged by ip-location-db (https://github.com/sapics/ip-location-db).";

    record RecordView(String type, String value, long ttl) {
        static RecordView of(DnsRecord r) {
            return new RecordView(r.type().name(), r.value(), r.ttl());
        }
    }

    record AddressView(String ip, boolean bogon, @Nullable String bogonReason, @Nullable String country,
            @Nullable String asn, @Nullable String organisation, boolean cdn, @Nullable String cdnOperator,
            int registrableDomainsSeen, boolean sharedWithOthers, String source) {

        static AddressView of(AddressFacts facts) {
            IpAttribution a = facts.attribution();
            return new AddressView(a.address().text(), a.isBogon(), a.bogon(), text(a.country()),
                    a.asn() == null ? null : a.asn().toString(), a.organisation(), a.isCdn(), a.cdnOperator(),
                    facts.registrableDomainsSeen(), facts.sharedWithOthers(), a.source().name());
        }
    }

    record CorrectionView(String country, String organisation, String reason, String correctedBy, Instant correctedAt) {
        static @Nullable CorrectionView of(@Nullable JurisdictionCorrection c) {
            return c == null ? null : new CorrectionView(c.country().value(), c.organisation(), c.reason(),
                    c.correctedBy(), c.correctedAt());
        }
    }

    record JurisdictionView(@Nullable String country, @Nullable String organisation, String path, String finding,
            List<String> countries, @Nullable CorrectionView correction) {
        static JurisdictionView of(HostingJurisdiction j) {
            return new JurisdictionView(text(j.country()), j.organisation(), j.path().name(), j.finding().name(),
                    j.countries().stream().map(CountryCode::value).toList(), CorrectionView.of(j.correction()));
        }
    }

    static HostingView of(String input, HostingReport report) {
        var resolution = report.resolution();
        return new HostingView(input, report.host().value(), report.demo(), resolution.resolvedAt(),
                resolution.resolver(), resolution.status().name(), resolution.error(),
                resolution.records().stream().map(RecordView::of).toList(),
                report.addresses().stream().map(AddressView::of).toList(),
                JurisdictionView.of(report.jurisdiction()), report.dataDescription(), report.dataAvailable(), ATTRIBUTION);
    }

    /** Facts of an address given directly (no name, no resolution). */
    static HostingView ofAddress(String input, AddressFacts facts, String data, boolean dataAvailable) {
        HostingJurisdiction jurisdiction = JurisdictionAssessment.assess(List.of(facts.attribution()), null);
        return new HostingView(input, null, facts.attribution().source() == IpAttribution.Source.DEMO, null, null, null,
                null, List.of(), List.of(AddressView.of(facts)), JurisdictionView.of(jurisdiction), data, dataAvailable,
                ATTRIBUTION);
    }

    private static @Nullable String text(@Nullable CountryCode country) {
        return country == null ? null : country.value();
    }
}
