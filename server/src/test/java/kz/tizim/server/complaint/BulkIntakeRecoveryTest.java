package kz.tizim.server.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import kz.tizim.core.account.OrganisationId;
import kz.tizim.server.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** An upload the server was reading when it stopped cannot finish: on start it is failed, the others kept. */
class BulkIntakeRecoveryTest {

    static final Instant NOW = Instant.parse("2026-03-01T06:00:00Z");

    @Test
    void uploadsRunningAtShutdownAreFailedOnStart() {
        String url = TestDatabase.freshDatabaseUrl();
        Flyway.configure().dataSource(url, "postgres", "").locations("classpath:db/migration").load().migrate();
        var dataSource = new DriverManagerDataSource(url, "postgres", "");
        JdbcClient jdbc = JdbcClient.create(dataSource);
        var organisation = new OrganisationId(jdbc.sql("INSERT INTO organisation (name, kind) VALUES ('Rights',"
                + " 'COMPLAINANT') RETURNING id").query(Long.class).single());
        long running = job(jdbc, organisation, "RUNNING");
        long done = job(jdbc, organisation, "DONE");
        var repository = new BulkJobsJdbcRepository(jdbc, dataSource);

        int failed = new BulkIntakeRecovery(jdbc, Clock.fixed(NOW, ZoneOffset.UTC)).failInterrupted();

        assertThat(failed).isEqualTo(1);
        var interrupted = repository.find(running).orElseThrow();
        assertThat(interrupted.status()).isEqualTo("FAILED");
        assertThat(interrupted.running()).isFalse();
        assertThat(interrupted.failure()).isEqualTo(BulkIntakeRecovery.INTERRUPTED);
        assertThat(interrupted.finishedAt()).isEqualTo(NOW);
        assertThat(repository.find(done).orElseThrow().status()).isEqualTo("DONE");
    }

    private static long job(JdbcClient jdbc, OrganisationId organisation, String status) {
        return jdbc.sql("""
                INSERT INTO bulk_intake_job (organisation_id, uploaded_by, category, description, file_name, status,
                    started_at) VALUES (?, 'rights', 'GAMBLING', 'crawl', 'crawl.csv', ?, now()) RETURNING id""")
                .params(organisation.value(), status).query(Long.class).single();
    }
}
