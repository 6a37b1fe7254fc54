package kz.tizim.server.appeal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kz.tizim.core.appeal.Appeal;
import kz.tizim.core.appeal.Appeals;
import kz.tizim.core.appeal.Appellant;
import kz.tizim.core.caseflow.AppealId;
import kz.tizim.core.caseflow.AppealOutcome;
import kz.tizim.core.caseflow.CaseId;
import kz.tizim.core.caseflow.DecisionNumber;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Appeals in PostgreSQL; saving again records the decision. */
@Repository
class AppealsJdbcRepository implements Appeals {

    private final JdbcClient jdbc;

    AppealsJdbcRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public AppealId nextId() {
        return new AppealId(jdbc.sql("SELECT nextval('appeal_id_seq')").query(Long.class).single());
    }

    @Override
    public void save(Appeal a) {
        jdbc.sql("""
                INSERT INTO appeal (id, case_id, decision, appellant, filed_by, grounds, filed_at, outcome, decided_by,
                    reasons, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET outcome = EXCLUDED.outcome, decided_by = EXCLUDED.decided_by,
                    reasons = EXCLUDED.reasons, decided_at = EXCLUDED.decided_at""")
                .params(a.id().value(), a.caseId().value(), a.decision().value(), a.appellant().name(), a.filedBy(),
                        a.grounds(), Timestamp.from(a.filedAt()), a.outcome() == null ? null : a.outcome().name(),
                        a.decidedBy(), a.reasons(), timestamp(a.decidedAt()))
                .update();
    }

    @Override
    public Optional<Appeal> find(AppealId id) {
        return jdbc.sql("SELECT * FROM appeal WHERE id = ?").param(id.value()).query((rs, n) -> map(rs)).optional();
    }

    /** Appeals awaiting a decision, oldest first, then the latest decided ones. */
    List<Appeal> forDesk() {
        return jdbc.sql("SELECT * FROM appeal ORDER BY outcome IS NOT NULL, CASE WHEN outcome IS NULL THEN filed_at END,"
                        + " decided_at DESC LIMIT 200")
                .query((rs, n) -> map(rs)).list();
    }

    private static Appeal map(ResultSet rs) throws SQLException {
        String outcome = rs.getString("outcome");
        Timestamp decided = rs.getTimestamp("decided_at");
        return new Appeal(new AppealId(rs.getLong("id")), new CaseId(rs.getLong("case_id")),
                new DecisionNumber(rs.getString("decision")), Appellant.valueOf(rs.getString("appellant")),
                rs.getString("filed_by"), rs.getString("grounds"), rs.getTimestamp("filed_at").toInstant(),
                outcome == null ? null : AppealOutcome.valueOf(outcome), rs.getString("decided_by"),
                rs.getString("reasons"), decided == null ? null : decided.toInstant());
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
