package kz.tizim.server.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.tizim.core.account.OrganisationId;
import kz.tizim.core.account.OrganisationKind;
import kz.tizim.core.account.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Bearer tokens: only their SHA-256 and a short display prefix are stored. An organisation token
 * has no {@code user_id}; a personal token is bound to one person and dies with their account.
 */
@Repository
class ApiTokensJdbcRepository {

    private final JdbcClient jdbc;

    ApiTokensJdbcRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(OrganisationId organisation, @Nullable Long userId, String label, String prefix, String sha256,
            String createdBy) {
        return jdbc.sql("""
                INSERT INTO api_token (organisation_id, user_id, label, token_prefix, token_sha256, created_by)
                VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(organisation.value(), userId, label, prefix, sha256, createdBy).query(Long.class).single();
    }

    /** An unrevoked token; a personal one only while its person's account is enabled, with their roles now. */
    Optional<ActiveToken> findActive(String sha256) {
        return jdbc.sql("""
                SELECT t.id, t.token_prefix, t.organisation_id, o.kind, u.username,
                       ARRAY(SELECT r.role FROM app_user_role r WHERE r.user_id = u.id ORDER BY r.role) AS roles
                FROM api_token t JOIN organisation o ON o.id = t.organisation_id
                LEFT JOIN app_user u ON u.id = t.user_id
                WHERE t.token_sha256 = ? AND t.revoked_at IS NULL AND (t.user_id IS NULL OR u.enabled)""")
                .param(sha256)
                .query((rs, n) -> {
                    Set<Role> roles = EnumSet.noneOf(Role.class);
                    for (String role : (String[]) rs.getArray(6).getArray()) {
                        roles.add(Role.valueOf(role));
                    }
                    return new ActiveToken(rs.getLong(1), rs.getString(2), new OrganisationId(rs.getLong(3)),
                            OrganisationKind.valueOf(rs.getString(4)), rs.getString(5), roles);
                })
                .optional();
    }

    /** The id and organisation of a person, to bind a token to them. */
    Optional<Person> person(String username) {
        return jdbc.sql("SELECT id, organisation_id FROM app_user WHERE username = ?").param(username)
                .query((rs, n) -> new Person(rs.getLong(1), username, new OrganisationId(rs.getLong(2)))).optional();
    }

    void touch(long tokenId, Instant at) {
        jdbc.sql("UPDATE api_token SET last_used_at = ? WHERE id = ?").params(Timestamp.from(at), tokenId).update();
    }

    Optional<Owner> ownerOf(long tokenId) {
        return jdbc.sql("""
                SELECT t.organisation_id, u.username FROM api_token t LEFT JOIN app_user u ON u.id = t.user_id
                WHERE t.id = ?""").param(tokenId)
                .query((rs, n) -> new Owner(new OrganisationId(rs.getLong(1)), rs.getString(2))).optional();
    }

    boolean revoke(long tokenId, String by, Instant at) {
        return jdbc.sql("UPDATE api_token SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL")
                .params(Timestamp.from(at), by, tokenId).update() == 1;
    }

    List<TokenSummary> ofOrganisation(OrganisationId organisation) {
        return jdbc.sql("""
                SELECT t.id, t.label, t.token_prefix, t.created_by, t.created_at, t.last_used_at, t.revoked_at,
                       u.username
                FROM api_token t LEFT JOIN app_user u ON u.id = t.user_id
                WHERE t.organisation_id = ? ORDER BY t.id""")
                .param(organisation.value())
                .query((rs, n) -> summary(rs)).list();
    }

    List<TokenSummary> ofPerson(String username) {
        return jdbc.sql("""
                SELECT t.id, t.label, t.token_prefix, t.created_by, t.created_at, t.last_used_at, t.revoked_at,
                       u.username
                FROM api_token t JOIN app_user u ON u.id = t.user_id
                WHERE u.username = ? ORDER BY t.id""")
                .param(username)
                .query((rs, n) -> summary(rs)).list();
    }

    private static TokenSummary summary(ResultSet rs) throws SQLException {
        return new TokenSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getTimestamp(5).toInstant(), instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7)),
                rs.getString(8));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** An active token; {@code username} is set for a personal token, with the person's current roles. */
    record ActiveToken(long id, String prefix, OrganisationId organisation, OrganisationKind kind,
            @Nullable String username, Set<Role> roles) {
    }

    record Person(long id, String username, OrganisationId organisation) {
    }

    /** Whose a token is: always an organisation, and for a personal token also a person. */
    record Owner(OrganisationId organisation, @Nullable String username) {
    }

    /**
     * What the console and API show of a token: never the token itself. {@code holder} is the
     * person a personal token acts as, absent for an organisation token.
     */
    record TokenSummary(long id, String label, String prefix, String createdBy, Instant createdAt,
            @Nullable Instant lastUsedAt, @Nullable Instant revokedAt, @Nullable String holder) {
    }
}
