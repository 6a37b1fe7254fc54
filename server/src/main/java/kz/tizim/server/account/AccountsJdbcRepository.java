package kz.tizim.server.account;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.tizim.core.account.Organisation;
import kz.tizim.core.account.OrganisationId;
import kz.tizim.core.account.OrganisationKind;
import kz.tizim.core.account.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Organisations and people in PostgreSQL. */
@Repository
public class AccountsJdbcRepository {

    private final JdbcClient jdbc;

    AccountsJdbcRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public OrganisationId createOrganisation(String name, OrganisationKind kind) {
        long id = jdbc.sql("INSERT INTO organisation (name, kind) VALUES (?, ?) RETURNING id")
                .params(name, kind.name()).query(Long.class).single();
        return new OrganisationId(id);
    }

    public Optional<Organisation> findOrganisation(OrganisationId id) {
        return jdbc.sql("SELECT id, name, kind FROM organisation WHERE id = ?").param(id.value())
                .query((rs, n) -> new Organisation(new OrganisationId(rs.getLong(1)), rs.getString(2),
                        OrganisationKind.valueOf(rs.getString(3))))
                .optional();
    }

    public Optional<Organisation> findOrganisationByName(String name) {
        return jdbc.sql("SELECT id, name, kind FROM organisation WHERE name = ?").param(name)
                .query((rs, n) -> new Organisation(new OrganisationId(rs.getLong(1)), rs.getString(2),
                        OrganisationKind.valueOf(rs.getString(3))))
                .optional();
    }

    public List<Organisation> organisations() {
        return jdbc.sql("SELECT id, name, kind FROM organisation ORDER BY name")
                .query((rs, n) -> new Organisation(new OrganisationId(rs.getLong(1)), rs.getString(2),
                        OrganisationKind.valueOf(rs.getString(3))))
                .list();
    }

    public long createUser(String username, String displayName, String passwordHash, OrganisationId organisation,
            Set<Role> roles) {
        long id = jdbc.sql("""
                INSERT INTO app_user (username, display_name, password_hash, organisation_id)
                VALUES (?, ?, ?, ?) RETURNING id""")
                .params(username, displayName, passwordHash, organisation.value()).query(Long.class).single();
        for (Role role : roles) {
            jdbc.sql("INSERT INTO app_user_role (user_id, role) VALUES (?, ?)").params(id, role.name()).update();
        }
        return id;
    }

    public boolean userExists(String username) {
        return jdbc.sql("SELECT count(*) FROM app_user WHERE username = ?").param(username)
                .query(Long.class).single() > 0;
    }

    Optional<PersonPrincipal> findPerson(String username, Instant now) {
        Optional<PersonRow> row = jdbc.sql("""
                SELECT u.id, u.username, u.display_name, u.password_hash, u.organisation_id, o.name,
                       u.enabled, u.locked_until
                FROM app_user u JOIN organisation o ON o.id = u.organisation_id
                WHERE u.username = ?""")
                .param(username)
                .query((rs, n) -> new PersonRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getString(6), rs.getBoolean(7),
                        rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant()))
                .optional();
        return row.map(r -> new PersonPrincipal(r.id(), r.username(), r.displayName(), r.passwordHash(),
                new OrganisationId(r.organisationId()), r.organisationName(), roles(r.id()), r.enabled(),
                r.lockedUntil(), now));
    }

    public List<PersonSummary> people() {
        return jdbc.sql("""
                SELECT u.username, u.display_name, o.name, u.locked_until,
                       coalesce(string_agg(r.role, ', ' ORDER BY r.role), '') AS roles
                FROM app_user u JOIN organisation o ON o.id = u.organisation_id
                LEFT JOIN app_user_role r ON r.user_id = u.id
                GROUP BY u.id, o.name ORDER BY u.username""")
                .query((rs, n) -> new PersonSummary(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(5), rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()))
                .list();
    }

    private Set<Role> roles(long userId) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("SELECT role FROM app_user_role WHERE user_id = ?").param(userId)
                .query(String.class).list().forEach(role -> roles.add(Role.valueOf(role)));
        return roles;
    }

    /** Counts a failed login; locks the account when the count reaches the limit. Returns true if it locked. */
    boolean recordFailedLogin(String username, int limit, Instant lockUntil) {
        Integer failures = jdbc.sql("""
                UPDATE app_user SET failed_logins = failed_logins + 1 WHERE username = ?
                RETURNING failed_logins""").param(username).query(Integer.class).optional().orElse(0);
        if (failures >= limit) {
            jdbc.sql("UPDATE app_user SET failed_logins = 0, locked_until = ? WHERE username = ?")
                    .params(Timestamp.from(lockUntil), username).update();
            return true;
        }
        return false;
    }

    void recordSuccessfulLogin(String username) {
        jdbc.sql("UPDATE app_user SET failed_logins = 0, locked_until = NULL WHERE username = ?").param(username).update();
    }

    public void setPassword(String username, String passwordHash) {
        jdbc.sql("UPDATE app_user SET password_hash = ? WHERE username = ?").params(passwordHash, username).update();
    }

    private record PersonRow(long id, String username, String displayName, String passwordHash, long organisationId,
            String organisationName, boolean enabled, @Nullable Instant lockedUntil) {
    }

    /** A row of the admin's people list. */
    public record PersonSummary(String username, String displayName, String organisation, String roles,
            @Nullable Instant lockedUntil) {
    }
}
