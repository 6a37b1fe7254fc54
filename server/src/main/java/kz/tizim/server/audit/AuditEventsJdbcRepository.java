package kz.tizim.server.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.function.Consumer;
import kz.tizim.core.audit.AuditChain;
import kz.tizim.core.audit.AuditEvent;
import kz.tizim.core.audit.AuditTrail;
import kz.tizim.core.audit.ChainedAuditEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail in PostgreSQL. Appending locks the chain head row, so concurrent appenders
 * queue up instead of forking the chain; the table itself refuses UPDATE, DELETE and TRUNCATE.
 */
@Repository
class AuditEventsJdbcRepository implements AuditTrail {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    AuditEventsJdbcRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public ChainedAuditEvent append(AuditEvent event) {
        var head = jdbc.sql("SELECT sequence, hash FROM audit_head FOR UPDATE")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
                .single();
        ChainedAuditEvent chained = AuditChain.link(head.sequence() + 1, event, head.hash());
        jdbc.sql("""
                INSERT INTO audit_event (sequence, occurred_at, actor, organisation, role, action, target,
                                         request_id, detail, previous_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(chained.sequence(), Timestamp.from(event.occurredAt()), event.actor(), event.organisation(),
                        event.role(), event.action(), event.target(), event.requestId(), event.detail(),
                        chained.previousHash(), chained.hash())
                .update();
        jdbc.sql("UPDATE audit_head SET sequence = ?, hash = ?").params(chained.sequence(), chained.hash()).update();
        return chained;
    }

    @Override
    @Transactional(readOnly = true)
    public void forEachInOrder(Consumer<ChainedAuditEvent> consumer) {
        // Streamed with a cursor: the chain may hold millions of events.
        template.setFetchSize(1000);
        template.query("SELECT * FROM audit_event ORDER BY sequence", rs -> {
            consumer.accept(map(rs));
        });
    }

    /** The newest events first, optionally only those of one organisation. */
    List<ChainedAuditEvent> latest(int limit, String organisation) {
        if (organisation == null) {
            return jdbc.sql("SELECT * FROM audit_event ORDER BY sequence DESC LIMIT ?").param(limit)
                    .query((rs, n) -> map(rs)).list();
        }
        return jdbc.sql("SELECT * FROM audit_event WHERE organisation = ? ORDER BY sequence DESC LIMIT ?")
                .params(organisation, limit).query((rs, n) -> map(rs)).list();
    }

    private static ChainedAuditEvent map(ResultSet rs) throws SQLException {
        return AuditRows.map(rs);
    }

    private record Head(long sequence, String hash) {
    }
}
