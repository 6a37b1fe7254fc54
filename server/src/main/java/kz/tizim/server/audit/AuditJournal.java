package kz.tizim.server.audit;

import java.sql.Timestamp;
import java.util.List;
import kz.tizim.core.audit.AuditEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The unchained audit journal: a transaction's events are inserted here with its change, in one
 * statement and without any lock shared with other writers; {@link AuditChainWriter} links them into
 * the hash chain after the commit.
 */
@Repository
class AuditJournal {

    private static final String INSERT = """
            INSERT INTO audit_journal (occurred_at, actor, organisation, role, action, target, request_id, detail)
            SELECT occurred_at, actor, organisation, role, action, target, request_id, detail
            FROM unnest(?::timestamptz[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                 WITH ORDINALITY AS e (occurred_at, actor, organisation, role, action, target, request_id, detail, n)
            ORDER BY n""";

    private final JdbcTemplate jdbc;

    AuditJournal(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Journals the events in the caller's transaction, in the given order (their ids ascend in it). */
    void append(List<AuditEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        int n = events.size();
        Timestamp[] at = new Timestamp[n];
        String[][] text = new String[7][n];
        for (int i = 0; i < n; i++) {
            AuditEvent e = events.get(i);
            at[i] = Timestamp.from(e.occurredAt());
            text[0][i] = e.actor();
            text[1][i] = e.organisation();
            text[2][i] = e.role();
            text[3][i] = e.action();
            text[4][i] = e.target();
            text[5][i] = e.requestId();
            text[6][i] = e.detail();
        }
        jdbc.update(connection -> {
            var insert = connection.prepareStatement(INSERT);
            insert.setArray(1, connection.createArrayOf("timestamptz", at));
            for (int f = 0; f < text.length; f++) {
                insert.setArray(f + 2, connection.createArrayOf("text", text[f]));
            }
            return insert;
        });
    }
}
