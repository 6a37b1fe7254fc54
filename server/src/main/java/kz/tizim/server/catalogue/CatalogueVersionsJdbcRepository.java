package kz.tizim.server.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Catalogue texts in PostgreSQL ({@code legal_catalogue_version}). Rows are never deleted and their
 * text never changes; a trigger refuses anything but forward status moves.
 */
@Repository
class CatalogueVersionsJdbcRepository {

    private static final String COLUMNS = """
            id, number, base_number, sha256, status, proposed_by, proposed_at, reason, decided_by, decided_at,
            decision_note""";

    private final JdbcClient jdbc;

    CatalogueVersionsJdbcRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CatalogueVersionEntry> current() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM legal_catalogue_version WHERE status = 'CURRENT'")
                .query((rs, n) -> map(rs)).optional();
    }

    /** The current version, locked until the transaction ends: approvals queue up behind each other. */
    Optional<CatalogueVersionEntry> lockCurrent() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM legal_catalogue_version WHERE status = 'CURRENT' FOR UPDATE")
                .query((rs, n) -> map(rs)).optional();
    }

    Optional<CatalogueVersionEntry> approved(int number) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM legal_catalogue_version "
                        + "WHERE number = ? AND status IN ('CURRENT', 'SUPERSEDED')")
                .param(number).query((rs, n) -> map(rs)).optional();
    }

    Optional<CatalogueVersionEntry> byId(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM legal_catalogue_version WHERE id = ?")
                .param(id).query((rs, n) -> map(rs)).optional();
    }

    Optional<CatalogueVersionEntry> lockById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM legal_catalogue_version WHERE id = ? FOR UPDATE")
                .param(id).query((rs, n) -> map(rs)).optional();
    }

    String content(long id) {
        return jdbc.sql("SELECT content FROM legal_catalogue_version WHERE id = ?").param(id)
                .query(String.class).single();
    }

    /** Every version that was ever in force, newest first. */
    List<CatalogueVersionEntry> approvedHistory() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM legal_catalogue_version "
                        + "WHERE status IN ('CURRENT', 'SUPERSEDED') ORDER BY number DESC")
                .query((rs, n) -> map(rs)).list();
    }

    /** Pending proposals first, then the latest decided ones. */
    List<CatalogueVersionEntry> proposals(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM legal_catalogue_version WHERE base_number IS NOT NULL "
                        + "ORDER BY (status = 'PROPOSED') DESC, id DESC LIMIT ?")
                .param(limit).query((rs, n) -> map(rs)).list();
    }

    long insertProposal(int number, int baseNumber, String sha256, String content, String proposedBy,
            Instant proposedAt, String reason) {
        return jdbc.sql("""
                INSERT INTO legal_catalogue_version (number, base_number, sha256, content, status, proposed_by,
                                                     proposed_at, reason)
                VALUES (?, ?, ?, ?, 'PROPOSED', ?, ?, ?) RETURNING id""")
                .params(number, baseNumber, sha256, content, proposedBy, Timestamp.from(proposedAt), reason)
                .query(Long.class).single();
    }

    void supersede(long id) {
        jdbc.sql("UPDATE legal_catalogue_version SET status = 'SUPERSEDED' WHERE id = ?").param(id).update();
    }

    void decide(long id, CatalogueStatus status, String decidedBy, Instant decidedAt, String note) {
        jdbc.sql("""
                UPDATE legal_catalogue_version SET status = ?, decided_by = ?, decided_at = ?, decision_note = ?
                WHERE id = ? AND status = 'PROPOSED'""")
                .params(status.name(), decidedBy, Timestamp.from(decidedAt), note, id).update();
    }

    private static CatalogueVersionEntry map(ResultSet rs) throws SQLException {
        int base = rs.getInt("base_number");
        Integer baseNumber = rs.wasNull() ? null : base;
        return new CatalogueVersionEntry(
                rs.getLong("id"),
                rs.getInt("number"),
                baseNumber,
                rs.getString("sha256"),
                CatalogueStatus.valueOf(rs.getString("status")),
                rs.getString("proposed_by"),
                rs.getTimestamp("proposed_at").toInstant(),
                rs.getString("reason"),
                rs.getString("decided_by"),
                instant(rs.getTimestamp("decided_at")),
                rs.getString("decision_note"));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
