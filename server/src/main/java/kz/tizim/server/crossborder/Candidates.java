package kz.tizim.server.crossborder;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.tizim.core.caseflow.CaseId;
import kz.tizim.core.caseflow.DecisionNumber;
import kz.tizim.core.crossborder.EvidenceRef;
import kz.tizim.core.crossborder.RequestSite;
import kz.tizim.core.hosting.EstablishingHosting;
import kz.tizim.core.hosting.HostName;
import kz.tizim.core.hosting.HostingJurisdiction;
import kz.tizim.core.hosting.JurisdictionPath;
import kz.tizim.core.legal.CaseFacts;
import kz.tizim.core.legal.DualCriminality;
import kz.tizim.core.legal.DualCriminalityVerdict;
import kz.tizim.core.legal.Finding;
import kz.tizim.core.legal.JurisdictionCode;
import kz.tizim.core.legal.LegalBasis;
import kz.tizim.core.legal.LegalBasisId;
import kz.tizim.core.legal.LegalCatalogue;
import kz.tizim.core.legal.Urgency;
import kz.tizim.server.catalogue.LegalCatalogues;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Finds the candidates for requests: cases with an approved decision, still in force or awaiting the
 * owner, whose site's recorded hosting jurisdiction is a country other than Kazakhstan. Each comes
 * with the dual-criminality verdict for that country under the catalogue in force.
 *
 * <p>Cases, decisions and evidence are read with SQL from the case workflow's tables (read-only):
 * the workflow's ports look cases up one at a time, and this is a report across all of them.
 */
@Service
class Candidates {

    /** A case that could go into a request to {@code country}. */
    record Candidate(long caseId, String decision, String site, String category, String urgency, String caseStatus,
            String country, String hostName, @Nullable String organisation, String hostingFinding,
            DualCriminalityVerdict verdict, String reason, List<String> locators, List<EvidenceRef> evidence) {

        RequestSite toSite() {
            return RequestSite.of(new CaseId(caseId), new DecisionNumber(decision), new kz.tizim.core.caseflow.SiteKey(site),
                    Urgency.valueOf(urgency), locators, evidence, verdict);
        }
    }

    private record Row(long caseId, String decision, String site, String category, String urgency, String status,
            String basis, int catalogueNumber, List<String> locators, List<Long> complaints) {
    }

    private final JdbcClient jdbc;
    private final EstablishingHosting hosting;
    private final LegalCatalogues catalogues;

    Candidates(JdbcClient jdbc, EstablishingHosting hosting, LegalCatalogues catalogues) {
        this.jdbc = jdbc;
        this.hosting = hosting;
        this.catalogues = catalogues;
    }

    /** Candidates by country code, countries and cases in order; {@code facts} per case id refine verdicts. */
    Map<String, List<Candidate>> byCountry(Set<Long> excludedCases, Map<Long, CaseFacts> facts) {
        LegalCatalogue current = catalogues.current();
        Map<String, List<Candidate>> grouped = new java.util.TreeMap<>();
        for (Row row : rows()) {
            if (excludedCases.contains(row.caseId())) {
                continue;
            }
            candidate(row, current, facts.getOrDefault(row.caseId(), CaseFacts.unknown()))
                    .ifPresent(c -> grouped.computeIfAbsent(c.country(), k -> new ArrayList<>()).add(c));
        }
        return grouped;
    }

    /** The candidates among {@code caseIds} for one country; the others are left out. */
    List<Candidate> forCountry(String country, List<Long> caseIds, Map<Long, CaseFacts> facts) {
        Set<Long> wanted = new HashSet<>(caseIds);
        return byCountry(Set.of(), facts).getOrDefault(country, List.of()).stream()
                .filter(c -> wanted.contains(c.caseId())).toList();
    }

    private Optional<Candidate> candidate(Row row, LegalCatalogue current, CaseFacts facts) {
        Optional<HostName> host = HostName.parse(row.site());
        if (host.isEmpty()) {
            return Optional.empty();
        }
        Optional<HostingJurisdiction> jurisdiction = hosting.recorded(host.get()).map(r -> r.jurisdiction());
        if (jurisdiction.isEmpty() || jurisdiction.get().path() != JurisdictionPath.CROSS_BORDER
                || jurisdiction.get().country() == null) {
            return Optional.empty();
        }
        LegalBasisId basisId = new LegalBasisId(row.basis());
        LegalCatalogue catalogue = current.basis(basisId).isPresent() ? current : catalogues.version(row.catalogueNumber());
        LegalBasis basis = catalogue.basis(basisId).orElseThrow();
        JurisdictionCode country = new JurisdictionCode(jurisdiction.get().country().value());
        DualCriminalityVerdict verdict = new DualCriminality(catalogue).assess(basis, country, facts);
        return Optional.of(new Candidate(row.caseId(), row.decision(), row.site(), row.category(), row.urgency(),
                row.status(), country.value(), verdict.hostName(), jurisdiction.get().organisation(),
                jurisdiction.get().finding().name(), verdict, reason(verdict), row.locators(), evidence(row.complaints())));
    }

    /** The verdict's reason in one line, in English for the API: the decisive provisions, or why nothing could be decided. */
    static String reason(DualCriminalityVerdict verdict) {
        List<String> parts = new ArrayList<>();
        for (Finding f : verdict.decisive()) {
            parts.add(f.provision().citation() + " — " + f.provision().coverage() + ": " + f.provision().summary());
        }
        if (parts.isEmpty() && verdict instanceof DualCriminalityVerdict.Uncertain u) {
            parts.add(u.cause().name());
        }
        return String.join("; ", parts);
    }

    private List<Row> rows() {
        return jdbc.sql("""
                SELECT c.id, c.decision, c.site, c.category, c.urgency, c.status, d.basis, d.catalogue_number,
                       c.locators, c.complaints
                FROM review_case c JOIN decision d ON d.number = c.decision
                WHERE c.status NOT IN ('REJECTED', 'WITHDRAWN', 'LIFTED', 'EXPIRED', 'COMPLIED')
                ORDER BY c.id""")
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("decision"), rs.getString("site"),
                        rs.getString("category"), rs.getString("urgency"), rs.getString("status"), rs.getString("basis"),
                        rs.getInt("catalogue_number"), CrossBorderRequestsJdbcRepository.strings(rs.getArray("locators")),
                        longs((Long[]) rs.getArray("complaints").getArray())))
                .list();
    }

    private List<EvidenceRef> evidence(List<Long> complaints) {
        if (complaints.isEmpty()) {
            return List.of();
        }
        Map<String, EvidenceRef> unique = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT e.file_name, e.sha256, e.stored_at FROM evidence e
                WHERE e.id IN (SELECT unnest(evidence) FROM complaint WHERE id = ANY(?)) ORDER BY e.id""")
                .param(complaints.toArray(Long[]::new))
                .query((rs, n) -> new EvidenceRef(rs.getString("file_name"), rs.getString("sha256"),
                        rs.getObject("stored_at", Timestamp.class).toInstant()))
                .list().forEach(e -> unique.putIfAbsent(e.sha256(), e));
        return List.copyOf(unique.values());
    }

    private static List<Long> longs(Long[] values) {
        return List.of(values);
    }
}
