package kz.tizim.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Set;
import javax.sql.DataSource;
import kz.tizim.cli.CliDriver;
import kz.tizim.core.account.Actor;
import kz.tizim.core.account.OrganisationId;
import kz.tizim.core.account.Role;
import kz.tizim.core.audit.ChainVerification;
import kz.tizim.core.audit.VerifyingAuditChain;
import kz.tizim.server.support.TizimSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/** The audit trail refuses edits, and an edit made behind its back is found by verification. */
@TizimSpringBootTest
class AuditTamperingTest {

    private static final Actor ADMIN = new Actor("admin", new OrganisationId(1), Set.of(Role.ADMIN), Actor.Kind.PERSON);

    @Autowired
    Auditor auditor;

    @Autowired
    VerifyingAuditChain verifying;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    Environment environment;

    @Test
    void theApplicationCannotUpdateOrDeleteAuditEvents() {
        auditor.record(ADMIN, "TEST_ACTION", "case:1", "");

        assertThatThrownBy(() -> jdbc.update("UPDATE audit_event SET actor = 'mallory'"))
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_event"))
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("TRUNCATE audit_event"))
                .rootCause().hasMessageContaining("append-only");
    }

    @Test
    void verificationFindsTheFirstEditedEventAndTheCliReportsIt() throws Exception {
        long first = auditor.record(ADMIN, "DECISION_APPROVED", "decision:TZ-2026-000001", "").sequence();
        long edited = auditor.record(ADMIN, "RESTRICTION_LIFTED", "decision:TZ-2026-000001", "appeal upheld").sequence();
        auditor.record(ADMIN, "LOGIN", "user:admin", "");
        assertThat(verifying.verify()).isInstanceOf(ChainVerification.Intact.class);

        // A superuser with direct database access switches the guard off and rewrites history.
        try (Connection superuser = DriverManager.getConnection(url(), "postgres", "");
                var statement = superuser.createStatement()) {
            statement.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update");
            statement.execute("UPDATE audit_event SET detail = 'never happened' WHERE sequence = " + edited);
            statement.execute("ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update");
        }

        assertThat(verifying.verify()).isInstanceOfSatisfying(ChainVerification.Broken.class,
                broken -> assertThat(broken.sequence()).isEqualTo(edited));
        var cli = CliDriver.run("audit", "verify", "--db-url", url(), "--db-user", "postgres", "--db-password", "");
        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(cli.stdout()).contains("BROKEN at event " + edited).contains("edited");
        assertThat(first).isLessThan(edited);
    }

    private String url() {
        return environment.getRequiredProperty("spring.datasource.url");
    }
}
