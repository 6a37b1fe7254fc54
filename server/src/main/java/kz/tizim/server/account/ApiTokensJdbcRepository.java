package kz.tizim.server.account;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kz.tizim.core.account.OrganisationId;
import kz.tizim.core.account.OrganisationKind;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Machine tokens: only their SHA-256 and a short display prefix are stored. */
@Repository
class ApiTokensJdbcRepository {

    private final JdbcClient jdbc;

    ApiTokensJdbcRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(OrganisationId organisation, String label, String prefix, String sha256, String createdBy) {
        return jdbc.sql("""
                INSERT INTO api_token (organisation_id, label, token_prefix, token_sha256, created_by)
                VALUES (?, ?, ?, ?, ?) RETURNING id""")
                .params(organisation.value(), label, prefix, sha256, createdBy).query(Long.class).single();
    }

    Optional<ActiveToken> findActive(String sha256) {
        return jdbc.sql("""
                SELECT t.id, t.token_prefix, t.organisation_id, o.kind
                FROM api_token t JOIN organisation o ON o.id = t.organisation_id
                WHERE t.token_sha256 = ? AND t.revoked_at IS NULL""")
                .param(sha256)
                .query((rs, n) -> new ActiveToken(rs.getLong(1), rs.getString(2), new OrganisationId(rs.getLong(3)),
                        OrganisationKind.valueOf(rs.getString(4))))
                .optional();
    }

    void touch(long tokenId, Instant at) {
        jdbc.sql("UPDATE api_token SET last_used_at = ? WHERE id = ?").params(Timestamp.from(at), tokenId).update();
    }

    Optional<OrganisationId> ownerOf(long tokenId) {
        return jdbc.sql("SELECT organisation_id FROM api_token WHERE id = ?").param(tokenId)
                .query((rs, n) -> new OrganisationId(rs.getLong(1))).optional();
    }

    boolean revoke(long tokenId, String by, Instant at) {
        return jdbc.sql("UPDATE api_token SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL")
                .params(Timestamp.from(at), by, tokenId).update() == 1;
    }

    List<TokenSummary> ofOrganisation(OrganisationId organisation) {
        return jdbc.sql("""
                SELECT id, label, token_prefix, created_by, created_at, last_used_at, revoked_at
                FROM api_token WHERE organisation_id = ? ORDER BY id""")
                .param(organisation.value())
                .query((rs, n) -> new TokenSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7))))
                .list();
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    record ActiveToken(long id, String prefix, OrganisationId organisation, OrganisationKind kind) {
    }

    /** What the console and API show of a token: never the token itself. */
    record TokenSummary(long id, String label, String prefix, String createdBy, Instant createdAt,
            @Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {
    }
}
