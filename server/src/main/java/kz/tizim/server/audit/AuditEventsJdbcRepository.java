package kz.tizim.server.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
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
 * The audit trail in PostgreSQL. Appending locks the chain head row until commit, so concurrent appenders
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
        return appendAll(List.of(event)).get(0);
    }

    /**
     * Appends the events in order under one lock of the chain head: one read of the head, the
     * inserts in one batch, one move of the head. The lock is held until the caller commits.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    List<ChainedAuditEvent> appendAll(List<AuditEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        var head = jdbc.sql("SELECT sequence, hash FROM audit_head FOR UPDATE")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
                .single();
        List<ChainedAuditEvent> chained = new ArrayList<>(events.size());
        long sequence = head.sequence();
        String previous = head.hash();
        for (AuditEvent event : events) {
            ChainedAuditEvent link = AuditChain.link(++sequence, event, previous);
            chained.add(link);
            previous = link.hash();
        }
        template.batchUpdate("""
                INSERT INTO audit_event (sequence, occurred_at, actor, organisation, role, action, target,
                                         request_id, detail, previous_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", chained, chained.size(), (ps, c) -> {
            AuditEvent e = c.event();
            ps.setLong(1, c.sequence());
            ps.setTimestamp(2, Timestamp.from(e.occurredAt()));
            ps.setString(3, e.actor());
            ps.setString(4, e.organisation());
            ps.setString(5, e.role());
            ps.setString(6, e.action());
            ps.setString(7, e.target());
            ps.setString(8, e.requestId());
            ps.setString(9, e.detail());
            ps.setString(10, c.previousHash());
            ps.setString(11, c.hash());
        });
        jdbc.sql("UPDATE audit_head SET sequence = ?, hash = ?").params(sequence, previous).update();
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
