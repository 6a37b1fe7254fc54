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

    /** Up to this many events (11 parameters each) are appended with the head's move in one statement. */
    private static final int ONE_STATEMENT_MAX = 200;
    private static final String INSERT_EVENTS = """
            INSERT INTO audit_event (sequence, occurred_at, actor, organisation, role, action, target,
                                     request_id, detail, previous_hash, hash)""";

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
     * Appends the events in order under one lock of the chain head: one read of the head, then the
     * inserts and the move of the head in one statement (in a batch for many events). The lock is
     * held until the caller commits.
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
        if (chained.size() <= ONE_STATEMENT_MAX) {
            // The inserts and the move of the head in one round trip: the head is locked for less time.
            StringBuilder sql = new StringBuilder(INSERT_EVENTS.length() + 64 * chained.size());
            sql.append("WITH appended AS (").append(INSERT_EVENTS).append(' ');
            Object[] params = new Object[11 * chained.size() + 2];
            int p = 0;
            for (int i = 0; i < chained.size(); i++) {
                sql.append(i == 0 ? "VALUES " : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                p = bind(chained.get(i), params, p);
            }
            sql.append(" RETURNING sequence) UPDATE audit_head SET sequence = ?, hash = ?");
            params[p++] = sequence;
            params[p] = previous;
            template.update(sql.toString(), params);
            return chained;
        }
        Object[] row = new Object[11];
        template.batchUpdate(INSERT_EVENTS + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", chained, 1000, (ps, c) -> {
            bind(c, row, 0);
            for (int i = 0; i < row.length; i++) {
                ps.setObject(i + 1, row[i]);
            }
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

    private static int bind(ChainedAuditEvent c, Object[] params, int at) {
        AuditEvent e = c.event();
        int p = at;
        params[p++] = c.sequence();
        params[p++] = Timestamp.from(e.occurredAt());
        params[p++] = e.actor();
        params[p++] = e.organisation();
        params[p++] = e.role();
        params[p++] = e.action();
        params[p++] = e.target();
        params[p++] = e.requestId();
        params[p++] = e.detail();
        params[p++] = c.previousHash();
        params[p++] = c.hash();
        return p;
    }

    private static ChainedAuditEvent map(ResultSet rs) throws SQLException {
        return AuditRows.map(rs);
    }

    private record Head(long sequence, String hash) {
    }
}
