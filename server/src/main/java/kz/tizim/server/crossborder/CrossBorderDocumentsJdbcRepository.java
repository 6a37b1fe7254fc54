package kz.tizim.server.crossborder;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kz.tizim.core.crossborder.RequestId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Documents issued for or received about a request; write-once (a trigger refuses changes). */
@Repository
class CrossBorderDocumentsJdbcRepository {

    /** A stored document without its bytes. */
    record StoredDocument(long id, long requestId, String kind, @Nullable String language, String fileName,
            String contentType, String sha256, @Nullable String signature, String note, String createdBy,
            Instant createdAt) {
    }

    private final JdbcClient jdbc;

    CrossBorderDocumentsJdbcRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long store(RequestId request, String kind, @Nullable String language, String fileName, String contentType,
            byte[] content, String sha256, @Nullable String signature, String note, String by, Instant at) {
        return jdbc.sql("""
                INSERT INTO cross_border_document (request_id, kind, language, file_name, content_type, content, sha256,
                    signature, note, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(request.value(), kind, language, fileName, contentType, content, sha256, signature, note, by,
                        Timestamp.from(at))
                .query(Long.class).single();
    }

    List<StoredDocument> list(RequestId request) {
        return jdbc.sql("""
                SELECT id, request_id, kind, language, file_name, content_type, sha256, signature, note, created_by,
                    created_at FROM cross_border_document WHERE request_id = ? ORDER BY id""")
                .param(request.value())
                .query((rs, n) -> new StoredDocument(rs.getLong("id"), rs.getLong("request_id"), rs.getString("kind"),
                        rs.getString("language"), rs.getString("file_name"), rs.getString("content_type"),
                        rs.getString("sha256"), rs.getString("signature"), rs.getString("note"),
                        rs.getString("created_by"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    Optional<byte[]> content(RequestId request, long id) {
        return jdbc.sql("SELECT content FROM cross_border_document WHERE request_id = ? AND id = ?")
                .params(request.value(), id).query(byte[].class).optional();
    }
}
