package kz.tizim.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kz.tizim.cli.CliDriver;
import kz.tizim.core.account.Actor;
import kz.tizim.core.account.OrganisationId;
import kz.tizim.core.account.Role;
import kz.tizim.core.audit.ChainVerification;
import kz.tizim.core.audit.VerifyingAuditChain;
import kz.tizim.server.support.TizimSpringBootTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail refuses edits, an edit made behind its back is found by verification, events
 * journaled with their change all reach the chain, and events left unchained are reported.
 */
@TizimSpringBootTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the tampering comes last: it breaks this database's chain
class AuditTamperingTest {

    private static final Actor ADMIN = new Actor("admin", new OrganisationId(1), Set.of(Role.ADMIN), Actor.Kind.PERSON);

    @Autowired
    Auditor auditor;

    @Autowired
    AuditChainWriter chain;

    @Autowired
    VerifyingAuditChain verifying;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    Environment environment;

    @Test
    void theApplicationCannotUpdateOrDeleteAuditEvents() {
        auditor.record(ADMIN, "TEST_ACTION", "case:1", "");
        chain.chainPending();

        assertThatThrownBy(() -> jdbc.update("UPDATE audit_event SET actor = 'mallory'"))
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_event"))
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("TRUNCATE audit_event"))
                .rootCause().hasMessageContaining("append-only");
    }

    @Test
    void journalEntriesCannotBeEditedOrDroppedBeforeTheyAreChained() throws Exception {
        try (Connection superuser = DriverManager.getConnection(url(), "postgres", "");
                var statement = superuser.createStatement()) {
            superuser.setAutoCommit(false);
            // Locking the head keeps the chain writer from chaining the entry while it is attacked.
            statement.execute("SELECT 1 FROM audit_head FOR UPDATE");
            auditor.record(ADMIN, "RESTRICTION_LIFTED", "decision:TZ-2026-000009", "journaled");
            long entry = jdbc.queryForObject("SELECT max(id) FROM audit_journal", Long.class);

            assertThatThrownBy(() -> jdbc.update("UPDATE audit_journal SET detail = 'never happened' WHERE id = ?", entry))
                    .rootCause().hasMessageContaining("append-only until chained");
            assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_journal WHERE id = ?", entry))
                    .rootCause().hasMessageContaining("append-only until chained");
            assertThatThrownBy(() -> jdbc.execute("TRUNCATE audit_journal"))
                    .rootCause().hasMessageContaining("append-only until chained");
            superuser.rollback();
        }

        chain.chainPending();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_journal", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT detail FROM audit_event WHERE target = 'decision:TZ-2026-000009'",
                String.class)).isEqualTo("journaled");
    }

    @Test
    void everyEventOfConcurrentChangesIsChainedOnceAndTheChainHolds() throws Exception {
        long before = jdbc.queryForObject("SELECT count(*) FROM audit_event", Long.class);
        var transactions = new TransactionTemplate(transactionManager);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> changes = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int n = i;
            changes.add(pool.submit(() -> transactions.executeWithoutResult(status -> {
                auditor.record(ADMIN, "CONCURRENT_STEP", "change:" + n, "first");
                auditor.record(ADMIN, "CONCURRENT_STEP", "change:" + n, "second");
                if (n % 10 == 0) {
                    status.setRollbackOnly(); // a rolled-back change leaves no event behind
                }
            })));
        }
        for (Future<?> change : changes) {
            change.get();
        }
        pool.shutdown();
        chain.chainPending();

        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event", Long.class) - before).isEqualTo(360);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_journal", Long.class)).isZero();
        // Each change's two events are chained in the order they were recorded.
        assertThat(jdbc.queryForList("""
                SELECT target FROM audit_event WHERE action = 'CONCURRENT_STEP'
                GROUP BY target HAVING array_agg(detail ORDER BY sequence) <> ARRAY['first', 'second']""",
                String.class)).isEmpty();
        assertThat(verifying.verify()).isInstanceOf(ChainVerification.Intact.class);
    }

    @Test
    void verificationReportsEventsLeftUnchainedTooLong() throws Exception {
        try (Connection superuser = DriverManager.getConnection(url(), "postgres", "");
                var statement = superuser.createStatement()) {
            superuser.setAutoCommit(false);
            statement.execute("SELECT 1 FROM audit_head FOR UPDATE"); // a chain writer that cannot proceed
            auditor.record(ADMIN, "LOGIN", "user:admin", "");
            Thread.sleep(1_100);

            var cli = CliDriver.run("audit", "verify", "--db-url", url(), "--db-user", "postgres", "--db-password", "",
                    "--max-lag", "1s");
            assertThat(cli.exitCode()).isEqualTo(1);
            assertThat(cli.stdout()).contains("STALLED").contains("1 recorded event(s) not chained");
            superuser.rollback();
        }
        chain.chainPending();
        var cli = CliDriver.run("audit", "verify", "--db-url", url(), "--db-user", "postgres", "--db-password", "",
                "--max-lag", "1s");
        assertThat(cli.exitCode()).as(cli.stdout()).isZero();
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void verificationFindsTheFirstEditedEventAndTheCliReportsIt() throws Exception {
        auditor.record(ADMIN, "DECISION_APPROVED", "decision:TZ-2026-000001", "");
        auditor.record(ADMIN, "RESTRICTION_LIFTED", "decision:TZ-2026-000001", "appeal upheld");
        auditor.record(ADMIN, "LOGIN", "user:admin", "");
        chain.chainPending();
        long first = sequenceOf("DECISION_APPROVED");
        long edited = sequenceOf("RESTRICTION_LIFTED");
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

    private long sequenceOf(String action) {
        return jdbc.queryForObject("SELECT max(sequence) FROM audit_event WHERE action = ?", Long.class, action);
    }

    private String url() {
        return environment.getRequiredProperty("spring.datasource.url");
    }
}
