package kz.tizim.server.complaint;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import kz.tizim.core.account.OrganisationId;
import kz.tizim.core.complaint.Evidence;
import kz.tizim.core.complaint.EvidenceId;
import kz.tizim.core.complaint.EvidenceStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Evidence files in PostgreSQL ({@code evidence}); a trigger refuses any update or delete. */
@Repository
public class EvidenceJdbcRepository implements EvidenceStore {

    private final JdbcClient jdbc;

    EvidenceJdbcRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public EvidenceId nextId() {
        return new EvidenceId(jdbc.sql("SELECT nextval('evidence_id_seq')").query(Long.class).single());
    }

    @Override
    public void store(Evidence metadata, byte[] content) {
        jdbc.sql("""
                INSERT INTO evidence (id, organisation_id, file_name, content_type, size_bytes, sha256, stored_at, content)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(metadata.id().value(), metadata.owner().value(), metadata.fileName(), metadata.contentType(),
                        metadata.sizeBytes(), metadata.sha256(), Timestamp.from(metadata.storedAt()), content)
                .update();
    }

    @Override
    public Optional<Evidence> find(EvidenceId id) {
        return jdbc.sql("SELECT id, organisation_id, file_name, content_type, size_bytes, sha256, stored_at"
                        + " FROM evidence WHERE id = ?")
                .param(id.value()).query((rs, n) -> map(rs)).optional();
    }

    /** The stored bytes. */
    public Optional<byte[]> content(EvidenceId id) {
        return jdbc.sql("SELECT content FROM evidence WHERE id = ?").param(id.value())
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    private static Evidence map(ResultSet rs) throws SQLException {
        return new Evidence(new EvidenceId(rs.getLong("id")), new OrganisationId(rs.getLong("organisation_id")),
                rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
                rs.getString("sha256"), rs.getTimestamp("stored_at").toInstant());
    }
}
