package kz.tizim.server.transparency;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.tizim.core.caseflow.DecisionNumber;
import kz.tizim.core.decision.Decision;
import kz.tizim.core.decision.Decisions;
import kz.tizim.core.decision.StatementOfReasons;
import kz.tizim.core.legal.LocatorPublication;
import kz.tizim.core.legal.OffenceCategory;
import kz.tizim.server.catalogue.LegalCatalogues;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Approved decisions prepared for publication. The publishing rules:
 * <ul>
 *   <li>complainants appear by kind only (the statement of reasons never names them); names and
 *       contacts of private complainants (public intake) and of owners are taken out of the texts;
 *   <li>evidence is not public: the statement of reasons refers to it only in its own words;
 *   <li>locators of CSAM and personal-data decisions, and of any case whose locators are hash-only,
 *       are never shown: not as the scope and not inside the facts or reasons.
 * </ul>
 */
@Service
class PublishedDecisions {

    /** Categories whose locators stay out of every public page and dump. */
    static final Set<OffenceCategory> HIDDEN_LOCATORS = Set.of(OffenceCategory.CSAM, OffenceCategory.PERSONAL_DATA);

    private final Decisions decisions;
    private final LegalCatalogues catalogues;
    private final JdbcClient jdbc;

    PublishedDecisions(Decisions decisions, LegalCatalogues catalogues, JdbcClient jdbc) {
        this.decisions = decisions;
        this.catalogues = catalogues;
        this.jdbc = jdbc;
    }

    /** The decision numbered {@code number} as published; empty for an unknown or malformed number. */
    Optional<PublicDecision> find(String number) {
        DecisionNumber parsed;
        try {
            parsed = new DecisionNumber(number);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return decisions.find(parsed).map(this::publish);
    }

    private PublicDecision publish(Decision d) {
        StatementOfReasons s = d.statement();
        long caseId = d.draft().caseId().value();
        // Read-only SQL on the review module's case table: it exposes no public API for its locators.
        CaseFacts c = jdbc.sql("SELECT publication, site, locators, resources, complaints FROM review_case WHERE id = ?")
                .param(caseId)
                .query((rs, i) -> new CaseFacts(LocatorPublication.valueOf(rs.getString(1)), rs.getString(2),
                        Arrays.asList((String[]) rs.getArray(3).getArray()),
                        Arrays.asList((String[]) rs.getArray(4).getArray()),
                        Arrays.asList((Long[]) rs.getArray(5).getArray())))
                .single();
        boolean hidden = HIDDEN_LOCATORS.contains(s.category()) || c.publication() == LocatorPublication.HASHES_ONLY;
        List<String> secrets = new ArrayList<>(privatePeople(c.complaints()));
        if (hidden) {
            secrets.add(c.site());
            secrets.add(s.scope().value());
            c.locators().forEach(l -> secrets.add(Redaction.valueOf(l)));
            c.resources().forEach(r -> secrets.add(Redaction.valueOf(r)));
        }
        Redaction redaction = new Redaction(secrets);
        String basisReview = catalogues.current().basis(s.legalGround())
                .map(b -> b.review().status().name()).orElse(null);
        return new PublicDecision(d.number().value(), caseId, s.category(), s.measure(),
                hidden ? null : s.scope().toString(), s.territorialScope(), s.duration().toTotalMonths(),
                redaction.apply(s.facts()), s.notifiedBy(), s.automatedDetection(), s.automatedDecision(),
                s.legalGround().value(), s.citation(), s.catalogue().label(), basisReview,
                redaction.apply(s.explanation()), d.approvedAt());
    }

    /**
     * Names and contacts to take out: who filed a public-intake complaint (a private person) and
     * every owner contact given with a complaint. Read-only SQL on the complaint module's tables.
     */
    private List<String> privatePeople(List<Long> complaints) {
        if (complaints.isEmpty()) {
            return List.of();
        }
        List<String> people = new ArrayList<>();
        jdbc.sql("""
                SELECT c.complainant_kind, c.filed_by, u.display_name, c.owner_name, c.owner_email
                FROM complaint c LEFT JOIN app_user u ON u.username = c.filed_by
                WHERE c.id = ANY (?)""")
                .param(complaints.toArray(Long[]::new))
                .query(rs -> {
                    if ("PUBLIC".equals(rs.getString(1))) {
                        addIfPresent(people, rs.getString(2));
                        addIfPresent(people, rs.getString(3));
                    }
                    addIfPresent(people, rs.getString(4));
                    addIfPresent(people, rs.getString(5));
                });
        return people;
    }

    private static void addIfPresent(List<String> list, String value) {
        if (value != null && !value.isBlank()) {
            list.add(value);
        }
    }

    private record CaseFacts(LocatorPublication publication, String site, List<String> locators,
            List<String> resources, List<Long> complaints) {
    }
}
