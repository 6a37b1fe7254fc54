package kz.tizim.server.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.function.Consumer;
import kz.tizim.core.audit.AuditEvent;
import kz.tizim.core.audit.AuditTrail;
import kz.tizim.core.audit.ChainedAuditEvent;

/**
 * Reads stored audit events from a plain JDBC connection: shared by the application and by
 * {@code tizim audit verify}, which checks a database without starting the application.
 */
public final class AuditRows {

    private AuditRows() {
    }

    /** Streams every event in sequence order with a server-side cursor. */
    public static void forEachInOrder(Connection connection, Consumer<ChainedAuditEvent> consumer) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false); // PostgreSQL uses a cursor only inside a transaction
        try (PreparedStatement query = connection.prepareStatement("SELECT * FROM audit_event ORDER BY sequence")) {
            query.setFetchSize(1000);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    consumer.accept(map(rows));
                }
            }
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }

    /** How many journal entries wait to be chained, and since when the oldest does. */
    public static AuditTrail.Unchained unchained(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT count(*), min(journaled_at) FROM audit_journal");
                ResultSet row = query.executeQuery()) {
            row.next();
            return unchained(row);
        }
    }

    static AuditTrail.Unchained unchained(ResultSet row) throws SQLException {
        Timestamp oldest = row.getTimestamp(2);
        return oldest == null ? AuditTrail.Unchained.NONE : new AuditTrail.Unchained(row.getLong(1), oldest.toInstant());
    }

    static ChainedAuditEvent map(ResultSet rs) throws SQLException {
        AuditEvent event = new AuditEvent(rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                rs.getString("organisation"), rs.getString("role"), rs.getString("action"), rs.getString("target"),
                rs.getString("request_id"), rs.getString("detail"));
        return new ChainedAuditEvent(rs.getLong("sequence"), event, rs.getString("previous_hash").trim(),
                rs.getString("hash").trim());
    }
}
