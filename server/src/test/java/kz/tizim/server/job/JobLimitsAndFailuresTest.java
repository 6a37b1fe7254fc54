package kz.tizim.server.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import kz.tizim.core.account.Actor;
import kz.tizim.server.audit.AuditChainWriter;
import kz.tizim.server.demo.DemoData;
import kz.tizim.server.support.Http;
import kz.tizim.server.support.TizimSpringBootTest;
import kz.tizim.server.system.TizimProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Operations that misbehave: one breaks half-way (the job fails with its progress so far, leaves no
 * file, is audited, its owner reads a plain message while an administrator sees the error), one
 * waits, so its owner reaches the limit of unfinished jobs.
 */
@TizimSpringBootTest
@Import(JobLimitsAndFailuresTest.MisbehavingOperations.class)
class JobLimitsAndFailuresTest {

    static final CountDownLatch RELEASE = new CountDownLatch(1);

    @LocalServerPort
    int port;

    @Autowired
    DemoData demoData;

    @Autowired
    AuditChainWriter auditChain;

    @Autowired
    JobsJdbcRepository repository;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TizimProperties properties;

    @TestConfiguration
    static class MisbehavingOperations {
        @Bean
        LongOperation breaking() {
            return new LongOperation() {
                @Override
                public String kind() {
                    return "breaking-export";
                }

                @Override
                public boolean permits(Actor actor) {
                    return true;
                }

                @Override
                public Checked check(Map<String, String> given) {
                    return new Valid(Map.of(), "never.csv", "text/csv");
                }

                @Override
                public boolean idempotent() {
                    return false;
                }

                @Override
                public String form() {
                    return "transparency/operations :: transparency-report";
                }

                @Override
                public void run(Request request, Progress progress, OutputStream out) throws IOException {
                    progress.total(10);
                    progress.advance(3);
                    out.write("half a file".getBytes(StandardCharsets.UTF_8));
                    throw new IOException("disk full at /var/lib/tizim/jobs");
                }
            };
        }

        @Bean
        LongOperation waiting() {
            return new LongOperation() {
                @Override
                public String kind() {
                    return "waiting-export";
                }

                @Override
                public boolean permits(Actor actor) {
                    return true;
                }

                @Override
                public Checked check(Map<String, String> given) {
                    return new Valid(Map.of(), "later.txt", "text/plain");
                }

                @Override
                public boolean idempotent() {
                    return true;
                }

                @Override
                public String form() {
                    return "transparency/operations :: transparency-report";
                }

                @Override
                public void run(Request request, Progress progress, OutputStream out) throws IOException {
                    progress.total(1);
                    try {
                        RELEASE.await(60, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IOException("interrupted", e);
                    }
                    out.write("done".getBytes(StandardCharsets.UTF_8));
                    progress.advance();
                }
            };
        }
    }

    @Test
    void anOwnerWithThreeUnfinishedJobsStartsAnotherWhenOneHasFinished() throws Exception {
        demoData.ensureLoaded();
        Http reviewer = new Http(port);
        reviewer.login("reviewer", "reviewer-demo");
        Http colleague = new Http(port);
        colleague.login("reviewer2", "reviewer2-demo");
        try {
            for (int i = 0; i < 3; i++) {
                assertThat(reviewer.postForm("/operations?lang=en", "/operations", "kind", "waiting-export")
                        .statusCode()).isEqualTo(302);
            }

            var fourth = reviewer.postForm("/operations?lang=en", "/operations", "kind", "waiting-export");
            var others = colleague.postForm("/operations?lang=en", "/operations", "kind", "waiting-export");

            assertThat(fourth.statusCode()).isEqualTo(429);
            assertThat(fourth.body()).contains("You already have 3 operations waiting or running");
            assertThat(others.statusCode()).as("the limit is per person").isEqualTo(302);
            assertThat(jdbc.sql("SELECT count(*) FROM job WHERE state = 'QUEUED' AND kind = 'waiting-export'").query(Long.class).single())
                    .as("two workers busy, the rest wait").isEqualTo(2);
        } finally {
            RELEASE.countDown();
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (jdbc.sql("SELECT count(*) FROM job WHERE state <> 'DONE' AND kind = 'waiting-export'").query(Long.class).single() > 0
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM job WHERE state = 'DONE' AND kind = 'waiting-export'").query(Long.class).single()).isEqualTo(4);
        assertThat(reviewer.postForm("/operations?lang=en", "/operations", "kind", "waiting-export").statusCode())
                .isEqualTo(302);
    }

    @Test
    void aBrokenOperationFailsWithItsProgressAndLeavesNoFile() throws Exception {
        demoData.ensureLoaded();
        Http reviewer = new Http(port);
        reviewer.login("reviewer", "reviewer-demo");

        var started = reviewer.postForm("/operations?lang=en", "/operations", "kind", "breaking-export");
        long id = Long.parseLong(started.headers().firstValue("Location").orElseThrow().replaceAll(".*job-", ""));
        Job job = repository.find(id).orElseThrow();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (job.unfinished() && System.nanoTime() < deadline) {
            Thread.sleep(20);
            job = repository.find(id).orElseThrow();
        }

        assertThat(job.state()).isEqualTo(Job.State.FAILED);
        assertThat(job.error()).isEqualTo("disk full at /var/lib/tizim/jobs");
        assertThat(job.done()).isEqualTo(3);
        assertThat(job.total()).isEqualTo(10);
        assertThat(job.resultSha256()).isNull();
        var folder = properties.dataDir().resolve("jobs").resolve(Long.toString(id));
        try (var files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
        assertThat(reviewer.get("/operations?lang=en").body())
                .contains("The operation failed on the server (job " + id + ")")
                .doesNotContain("disk full");
        assertThat(reviewer.get("/operations/" + id + "/result").statusCode()).isEqualTo(409);
        Http admin = new Http(port);
        admin.login("admin", "admin-demo");
        assertThat(admin.get("/operations?lang=en").body()).contains("disk full at /var/lib/tizim/jobs");
        auditChain.chainPending(); // events are linked into the chain just after their commit
        assertThat(jdbc.sql("SELECT detail FROM audit_event WHERE action = 'JOB_FAILED' AND target = ?")
                .param("job:" + id).query(String.class).single())
                .isEqualTo("breaking-export for reviewer: disk full at /var/lib/tizim/jobs");
    }
}
