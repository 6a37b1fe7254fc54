package kz.tizim.server.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import kz.tizim.core.audit.AuditTrail;
import kz.tizim.core.audit.ChainedAuditEvent;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail in PostgreSQL, as read: the chained events ({@code audit_event}, which refuses
 * UPDATE, DELETE and TRUNCATE) and the journal entries still waiting for the {@link AuditChainWriter}.
 */
@Repository
class AuditEventsJdbcRepository implements AuditTrail {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final AuditChainWriter chainWriter;

    AuditEventsJdbcRepository(JdbcClient jdbc, JdbcTemplate template, AuditChainWriter chainWriter) {
        this.jdbc = jdbc;
        this.template = template;
        this.chainWriter = chainWriter;
    }

    @Override
    public Unchained unchained() {
        return jdbc.sql("SELECT count(*), min(journaled_at) FROM audit_journal")
                .query((rs, n) -> AuditRows.unchained(rs)).single();
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

    /**
     * The newest events first, optionally only those of one organisation. What is journaled but not
     * yet chained is chained first, so a reader sees every event recorded before the call.
     */
    List<ChainedAuditEvent> latest(int limit, @Nullable String organisation) {
        chainWriter.chainPending();
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

}
