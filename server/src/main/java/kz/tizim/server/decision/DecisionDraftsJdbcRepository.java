package kz.tizim.server.decision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Period;
import java.util.Optional;
import kz.tizim.core.caseflow.CaseId;
import kz.tizim.core.decision.DecisionDraft;
import kz.tizim.core.decision.DecisionDrafts;
import kz.tizim.core.legal.CatalogueVersion;
import kz.tizim.core.legal.LegalBasisId;
import kz.tizim.core.legal.Measure;
import kz.tizim.match.locator.Locator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The latest draft per case; every draft is also in the case timeline ({@code DecisionDrafted}). */
@Repository
class DecisionDraftsJdbcRepository implements DecisionDrafts {

    static final String DRAFT_COLUMNS = "drafter, basis, catalogue_number, catalogue_sha256, measure, scope, facts,"
            + " reasoning, scope_justification, term, automated_detection, proportionality, drafted_at";

    private final JdbcClient jdbc;

    DecisionDraftsJdbcRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(DecisionDraft d) {
        jdbc.sql("INSERT INTO decision_draft (case_id, " + DRAFT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?, ?) ON CONFLICT (case_id) DO UPDATE SET drafter = EXCLUDED.drafter, basis = EXCLUDED.basis,"
                        + " catalogue_number = EXCLUDED.catalogue_number, catalogue_sha256 = EXCLUDED.catalogue_sha256,"
                        + " measure = EXCLUDED.measure, scope = EXCLUDED.scope, facts = EXCLUDED.facts,"
                        + " reasoning = EXCLUDED.reasoning, scope_justification = EXCLUDED.scope_justification,"
                        + " term = EXCLUDED.term, automated_detection = EXCLUDED.automated_detection,"
                        + " proportionality = EXCLUDED.proportionality, drafted_at = EXCLUDED.drafted_at")
                .params(values(d.caseId().value(), d))
                .update();
    }

    @Override
    public Optional<DecisionDraft> find(CaseId caseId) {
        return jdbc.sql("SELECT case_id, " + DRAFT_COLUMNS + " FROM decision_draft WHERE case_id = ?")
                .param(caseId.value()).query((rs, n) -> map(rs)).optional();
    }

    static Object[] values(Object key, DecisionDraft d) {
        return new Object[] {key, d.drafter(), d.basis().value(), d.catalogue().number(), d.catalogue().sha256(),
                d.measure().name(), d.scope().toString(), d.facts(), d.reasoning(), d.scopeJustification(),
                d.term().toString(), d.automatedDetection(), ProportionalityText.write(d.proportionality()),
                Timestamp.from(d.draftedAt())};
    }

    static DecisionDraft map(ResultSet rs) throws SQLException {
        return new DecisionDraft(new CaseId(rs.getLong("case_id")), rs.getString("drafter"),
                new LegalBasisId(rs.getString("basis")),
                new CatalogueVersion(rs.getInt("catalogue_number"), rs.getString("catalogue_sha256")),
                Measure.valueOf(rs.getString("measure")), Locator.parse(rs.getString("scope")), rs.getString("facts"),
                rs.getString("reasoning"), rs.getString("scope_justification"), Period.parse(rs.getString("term")),
                rs.getBoolean("automated_detection"), ProportionalityText.read(rs.getString("proportionality")),
                rs.getTimestamp("drafted_at").toInstant());
    }
}
