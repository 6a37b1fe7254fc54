package kz.tizim.server.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import kz.tizim.core.account.OrganisationId;
import kz.tizim.server.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * What a restart does to the job table, against PostgreSQL without the application: jobs left
 * RUNNING were interrupted; idempotent ones start over, others fail, and so does one interrupted
 * too often. Claiming hands each queued job to one worker, oldest first.
 */
class JobRecoveryTest {

    static final Instant NOW = Instant.parse("2026-03-01T06:00:00Z");

    JdbcClient jdbc;
    JobsJdbcRepository jobs;
    OrganisationId organisation;

    @BeforeEach
    void freshDatabase() {
        String url = TestDatabase.freshDatabaseUrl();
        Flyway.configure().dataSource(url, "postgres", "").locations("classpath:db/migration").load().migrate();
        jdbc = JdbcClient.create(new DriverManagerDataSource(url, "postgres", ""));
        jobs = new JobsJdbcRepository(jdbc);
        organisation = new OrganisationId(jdbc.sql("INSERT INTO organisation (name, kind) VALUES ('Regulator',"
                + " 'REGULATOR') RETURNING id").query(Long.class).single());
    }

    @Test
    void interruptedIdempotentJobsStartOverAndTheOthersFail() {
        long export = running("open-data-export");
        long other = running("mass-mailing");
        long tooOften = running("open-data-export");
        jdbc.sql("UPDATE job SET attempts = 3 WHERE id = ?").param(tooOften).update();
        long queued = queue("open-data-export");
        long done = running("open-data-export");
        assertThat(jobs.finish(done, 5, Path.of("/tmp/result"), 10, "a".repeat(64), NOW)).isTrue();
        jobs.progress(export, 400);

        var recovered = jobs.recoverInterrupted(List.of("open-data-export"), 3, NOW.plusSeconds(60));

        assertThat(recovered).isEqualTo(new JobsJdbcRepository.Recovered(1, 2));
        Job restarted = jobs.find(export).orElseThrow();
        assertThat(restarted.state()).isEqualTo(Job.State.QUEUED);
        assertThat(restarted.done()).isZero();
        assertThat(restarted.total()).isNull();
        assertThat(restarted.attempts()).isEqualTo(1);
        for (long failed : List.of(other, tooOften)) {
            Job job = jobs.find(failed).orElseThrow();
            assertThat(job.state()).isEqualTo(Job.State.FAILED);
            assertThat(job.interrupted()).isTrue();
            assertThat(job.finishedAt()).isEqualTo(NOW.plusSeconds(60));
        }
        assertThat(jobs.find(queued).orElseThrow().state()).isEqualTo(Job.State.QUEUED);
        assertThat(jobs.find(done).orElseThrow().state()).isEqualTo(Job.State.DONE);
    }

    @Test
    void aWorkerThatLostItsJobToRecoveryCannotFinishIt() {
        long id = running("mass-mailing");
        jobs.recoverInterrupted(List.of(), 3, NOW);

        assertThat(jobs.finish(id, 1, Path.of("/tmp/late"), 1, "b".repeat(64), NOW)).isFalse();
        jobs.progress(id, 99);

        Job job = jobs.find(id).orElseThrow();
        assertThat(job.state()).isEqualTo(Job.State.FAILED);
        assertThat(job.done()).isZero();
        assertThat(job.resultSha256()).isNull();
    }

    @Test
    void eachQueuedJobIsClaimedOnceOldestFirst() {
        long first = queue("open-data-export");
        long second = queue("transparency-report");

        Job a = jobs.claimNext(NOW).orElseThrow();
        Job b = jobs.claimNext(NOW).orElseThrow();

        assertThat(a.id()).isEqualTo(first);
        assertThat(b.id()).isEqualTo(second);
        assertThat(a.state()).isEqualTo(Job.State.RUNNING);
        assertThat(a.attempts()).isEqualTo(1);
        assertThat(a.startedAt()).isEqualTo(NOW);
        assertThat(jobs.claimNext(NOW)).isEmpty();
    }

    @Test
    void resultsPastTheirRetentionAreListedAndThenNoLongerDownloadable() {
        long old = running("open-data-export");
        long recent = running("open-data-export");
        jobs.finish(old, 1, Path.of("/data/jobs/" + old + "/old.gz"), 10, "c".repeat(64), NOW.minusSeconds(3600));
        jobs.finish(recent, 1, Path.of("/data/jobs/" + recent + "/recent.gz"), 10, "d".repeat(64), NOW);

        var expired = jobs.resultsFinishedBefore(NOW.minusSeconds(60));
        expired.keySet().forEach(jobs::resultDeleted);

        assertThat(expired).containsExactly(Map.entry(old, Path.of("/data/jobs/" + old + "/old.gz")));
        assertThat(jobs.find(old).orElseThrow().downloadable()).isFalse();
        assertThat(jobs.find(old).orElseThrow().resultDeleted()).isTrue();
        assertThat(jobs.resultPath(old)).isEmpty();
        assertThat(jobs.find(recent).orElseThrow().downloadable()).isTrue();
        assertThat(jobs.resultPath(recent)).contains(Path.of("/data/jobs/" + recent + "/recent.gz"));
        assertThat(jobs.resultsFinishedBefore(NOW.minusSeconds(60))).isEmpty();
    }

    private long queue(String kind) {
        return jobs.queue(kind, Map.of("from", "2026-01-01"), "reviewer", organisation, "result.gz",
                "application/gzip", NOW);
    }

    private long running(String kind) {
        long id = queue(kind);
        jdbc.sql("UPDATE job SET state = 'RUNNING', attempts = 1, started_at = ? WHERE id = ?")
                .params(java.sql.Timestamp.from(NOW), id).update();
        return id;
    }
}
