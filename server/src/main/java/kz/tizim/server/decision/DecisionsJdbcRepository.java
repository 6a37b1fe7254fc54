package kz.tizim.server.decision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import kz.tizim.core.caseflow.CaseId;
import kz.tizim.core.caseflow.DecisionNumber;
import kz.tizim.core.complaint.ComplainantKind;
import kz.tizim.core.decision.Decision;
import kz.tizim.core.decision.DecisionDraft;
import kz.tizim.core.decision.Decisions;
import kz.tizim.core.decision.Renewal;
import kz.tizim.core.decision.StatementOfReasons;
import kz.tizim.core.legal.OffenceCategory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Approved decisions: written once (a trigger refuses changes), renewals appended in
 * {@code decision_renewal}. The statement of reasons is stored with the decision's own copy of the
 * draft, so a later redraft cannot alter what was approved.
 */
@Repository
class DecisionsJdbcRepository implements Decisions {

    private static final String COLUMNS = "number, case_id, " + DecisionDraftsJdbcRepository.DRAFT_COLUMNS
            + ", approved_by, approved_at, category, territorial_scope, notified_by, automated_decision, citation,"
            + " redress";

    private final JdbcClient jdbc;

    DecisionsJdbcRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(Decision d) {
        boolean exists = jdbc.sql("SELECT count(*) FROM decision WHERE number = ?").param(d.number().value())
                .query(Integer.class).single() > 0;
        if (!exists) {
            StatementOfReasons s = d.statement();
            Object[] draft = DecisionDraftsJdbcRepository.values(d.draft().caseId().value(), d.draft());
            Object[] all = new Object[draft.length + 9];
            all[0] = d.number().value();
            System.arraycopy(draft, 0, all, 1, draft.length);
            int i = draft.length + 1;
            all[i++] = d.approvedBy();
            all[i++] = Timestamp.from(d.approvedAt());
            all[i++] = s.category().name();
            all[i++] = s.territorialScope();
            all[i++] = s.notifiedBy().stream().map(Enum::name).toArray(String[]::new);
            all[i++] = s.automatedDecision();
            all[i++] = s.citation();
            all[i] = s.redress();
            jdbc.sql("INSERT INTO decision (number, case_id, " + DecisionDraftsJdbcRepository.DRAFT_COLUMNS
                            + ", approved_by, approved_at, category, territorial_scope, notified_by, automated_decision,"
                            + " citation, redress) VALUES (" + "?, ".repeat(all.length - 1) + "?)")
                    .params(all).update();
        }
        int stored = jdbc.sql("SELECT count(*) FROM decision_renewal WHERE number = ?").param(d.number().value())
                .query(Integer.class).single();
        for (int position = stored; position < d.renewals().size(); position++) {
            Renewal r = d.renewals().get(position);
            jdbc.sql("INSERT INTO decision_renewal (number, position, renewed_by, renewed_at, previous_end, new_end,"
                            + " reasons) VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(d.number().value(), position, r.renewedBy(), Timestamp.from(r.renewedAt()),
                            Timestamp.from(r.previousEnd()), Timestamp.from(r.newEnd()), r.reasons())
                    .update();
        }
    }

    @Override
    public Optional<Decision> find(DecisionNumber number) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM decision WHERE number = ?").param(number.value())
                .query((rs, n) -> map(rs)).optional();
    }

    @Override
    public Optional<Decision> findByCase(CaseId caseId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM decision WHERE case_id = ?").param(caseId.value())
                .query((rs, n) -> map(rs)).optional();
    }

    private Decision map(ResultSet rs) throws SQLException {
        DecisionNumber number = new DecisionNumber(rs.getString("number"));
        DecisionDraft draft = DecisionDraftsJdbcRepository.map(rs);
        var approvedAt = rs.getTimestamp("approved_at").toInstant();
        List<ComplainantKind> notifiedBy = Arrays.stream((String[]) rs.getArray("notified_by").getArray())
                .map(ComplainantKind::valueOf).toList();
        var statement = new StatementOfReasons(number, OffenceCategory.valueOf(rs.getString("category")),
                draft.measure(), draft.scope(), rs.getString("territorial_scope"), draft.term(), draft.facts(),
                notifiedBy, draft.automatedDetection(), rs.getBoolean("automated_decision"), draft.basis(),
                rs.getString("citation"), draft.catalogue(), draft.reasoning(), rs.getString("redress"), approvedAt);
        List<Renewal> renewals = jdbc.sql("SELECT renewed_by, renewed_at, previous_end, new_end, reasons"
                        + " FROM decision_renewal WHERE number = ? ORDER BY position")
                .param(number.value())
                .query((r, n) -> new Renewal(r.getString(1), r.getTimestamp(2).toInstant(), r.getTimestamp(3).toInstant(),
                        r.getTimestamp(4).toInstant(), r.getString(5)))
                .list();
        return new Decision(number, draft, rs.getString("approved_by"), approvedAt, statement, renewals);
    }
}
