package kz.tizim.server.complaint;

import static kz.tizim.server.review.CaseWorkflowFixture.bearer;
import static kz.tizim.server.review.CaseWorkflowFixture.find;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import kz.tizim.server.audit.AuditChainWriter;
import kz.tizim.server.demo.DemoCredentials;
import kz.tizim.server.demo.DemoData;
import kz.tizim.server.register.RegisterDemo;
import kz.tizim.server.support.Http;
import kz.tizim.server.support.TizimSpringBootTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Bulk intake through the API: one complaint, cases per registrable domain, all-or-nothing on bad rows. */
@TizimSpringBootTest
class BulkIntakeApiTest {

    @LocalServerPort
    int port;

    @Autowired
    DemoData demoData;

    @Autowired
    AuditChainWriter auditChain;

    @Autowired
    RegisterDemo registerDemo;

    @Autowired
    JdbcClient jdbc;

    DemoCredentials credentials;

    @BeforeEach
    void demo() {
        credentials = demoData.ensureLoaded();
    }

    @Test
    void aCsvUploadIsOneComplaintTriagedIntoOneCasePerRegistrableDomain() throws Exception {
        String csv = """
                locator
                http://bulk-casino.test/a
                https://bulk-casino.test/a
                "http://www.bulk-casino.test/b?x=1,2"
                HTTP://BULK-POKER.TEST/lobby

                domain bulk-poker.test
                """;

        var response = upload("text/csv", csv, "GAMBLING", "Unlicensed casinos found by our crawler");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.body()).contains("\"status\":\"DONE\"").contains("\"casesOpened\":2")
                .contains("\"duplicates\":1").contains("\"rowsRead\":5");
        long complaint = Long.parseLong(find("\"complaintId\":(\\d+)", response.body()));
        var cases = jdbc.sql("SELECT site, locators FROM review_case WHERE ? = ANY(complaints) ORDER BY site")
                .param(complaint).query((rs, n) -> rs.getString(1) + "=" + String.join("|",
                        (String[]) rs.getArray(2).getArray())).list();
        assertThat(cases).containsExactly(
                "bulk-casino.test=url http://bulk-casino.test/a|url http://www.bulk-casino.test/b?x=1,2",
                "bulk-poker.test=domain bulk-poker.test|url http://bulk-poker.test/lobby");
        assertThat(jdbc.sql("SELECT count(*) FROM case_event e JOIN review_case c ON c.id = e.case_id"
                + " WHERE ? = ANY(c.complaints) AND e.type = 'CaseOpened'").param(complaint).query(Long.class).single())
                .isEqualTo(2);
        auditChain.chainPending(); // events are linked into the chain just after their commit
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'BULK_COMPLAINT_FILED' AND target = ?")
                .param("complaint:" + complaint).query(Long.class).single()).isEqualTo(1);

        var again = upload("application/x-ndjson", """
                "http://bulk-casino.test/c"
                {"locator":"https://bulk-poker.test/lobby"}
                """, "GAMBLING", "More of the same sites");

        assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
        assertThat(again.body()).contains("\"casesOpened\":0").contains("\"casesJoined\":2")
                .contains("\"locatorsAdded\":2");
    }

    @Test
    void locatorsAlreadyRestrictedInClearOrByHashOnlyOpenNoCase() throws Exception {
        registerDemo.ensureLoaded();
        String csv = """
                https://forum.example/thread/1488
                https://hidden-gallery.example/a/9f3c
                http://leaks.test/iin/770101300123
                https://sub.kino-pirat.example/film/1
                http://not-restricted-yet.test/page
                """;

        var response = upload("text/csv", csv, "GAMBLING", "Crawler output, some already restricted");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.body()).contains("\"locatorsRestricted\":4").contains("\"casesOpened\":1")
                .contains("\"locatorsNewCase\":1");
    }

    @Test
    void anUploadWithBadRowsFilesNothingAndReportsEveryOffendingRow() throws Exception {
        long complaintsBefore = jdbc.sql("SELECT count(*) FROM complaint").query(Long.class).single();
        long casesBefore = jdbc.sql("SELECT count(*) FROM review_case").query(Long.class).single();
        StringBuilder csv = new StringBuilder("http://fine.test/1\n");
        for (int i = 0; i < 30; i++) {
            csv.append("http://bad host ").append(i).append(".test/\n");
        }
        csv.append("\"unclosed\n");

        var response = upload("text/csv", csv.toString(), "GAMBLING", "Crawler output");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"errorCount\":31").contains("\"line\":2")
                .contains("bad host 0.test").doesNotContain("bad host 25.test");
        assertThat(jdbc.sql("SELECT count(*) FROM complaint").query(Long.class).single()).isEqualTo(complaintsBefore);
        assertThat(jdbc.sql("SELECT count(*) FROM review_case").query(Long.class).single()).isEqualTo(casesBefore);
        assertThat(jdbc.sql("SELECT count(*) FROM review_case WHERE site = 'fine.test'").query(Long.class).single())
                .isZero();

        String report = find("\"errorReport\":\"([^\"]+)\"", response.body());
        var csvReport = new Http(port).get(report, bearer(token("Antiterrorist Center (demo)")));
        assertThat(csvReport.statusCode()).isEqualTo(200);
        assertThat(csvReport.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/csv"));
        String[] lines = csvReport.body().split("\n");
        assertThat(lines[0]).isEqualTo("line,input,reason");
        assertThat(lines).hasSize(32);
        assertThat(lines[1]).startsWith("2,http://bad host 0.test/,");
        assertThat(lines[31]).startsWith("32,\"\"\"unclosed\",");
        assertThat(new Http(port).get(report, bearer(token("Qazaq Film Rights Association (demo)"))).statusCode())
                .as("another organisation's report looks missing").isEqualTo(404);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyAnswersWithTheFirstUploadWithoutLoadingAgain() throws Exception {
        String csv = "http://retry-casino.test/a\nhttp://retry-casino.test/b\n";
        var first = upload("text/csv", csv, "GAMBLING", "Crawler output", "upload-2026-11-23-1");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(first.headers().firstValue("Idempotent-Replayed")).hasValue("false");
        String job = find("\"id\":(\\d+)", first.body());
        long complaints = jdbc.sql("SELECT count(*) FROM complaint").query(Long.class).single();
        long jobs = jdbc.sql("SELECT count(*) FROM bulk_intake_job").query(Long.class).single();

        // The connection broke before the answer arrived; the client sends the same upload again.
        var retry = upload("text/csv", csv, "GAMBLING", "Crawler output", "upload-2026-11-23-1");

        assertThat(retry.statusCode()).as(retry.body()).isEqualTo(201);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(find("\"id\":(\\d+)", retry.body())).isEqualTo(job);
        assertThat(retry.body()).contains("\"casesOpened\":1").contains("\"rowsRead\":2");
        assertThat(jdbc.sql("SELECT count(*) FROM complaint").query(Long.class).single()).isEqualTo(complaints);
        assertThat(jdbc.sql("SELECT count(*) FROM bulk_intake_job").query(Long.class).single()).isEqualTo(jobs);

        var other = upload("text/csv", csv, "GAMBLING", "Another crawl", "upload-2026-11-23-1");
        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(other.body()).contains("\"rule\":\"IdempotencyKey\"");
        var anotherOrganisation = upload("text/csv", csv, "GAMBLING", "Crawler output", "upload-2026-11-23-1",
                "Qazaq Film Rights Association (demo)");
        assertThat(anotherOrganisation.statusCode()).as("keys are per organisation").isEqualTo(201);
        assertThat(anotherOrganisation.headers().firstValue("Idempotent-Replayed")).hasValue("false");
    }

    @Test
    void aRetryWhileTheFirstUploadStillRunsIsAConflictAndAFailedUploadFreesItsKey() throws Exception {
        long organisation = jdbc.sql("SELECT id FROM organisation WHERE name = 'Antiterrorist Center (demo)'")
                .query(Long.class).single();
        long running = jdbc.sql("""
                INSERT INTO bulk_intake_job (organisation_id, uploaded_by, category, description, file_name, status,
                    idempotency_key, started_at) VALUES (?, 'token', 'GAMBLING', 'Crawler output', 'upload', 'RUNNING',
                    'still-running', now()) RETURNING id""").param(organisation).query(Long.class).single();

        var retry = upload("text/csv", "http://running-casino.test/\n", "GAMBLING", "Crawler output", "still-running");

        assertThat(retry.statusCode()).isEqualTo(409);
        assertThat(retry.body()).contains("\"rule\":\"UploadRunning\"").contains("\"job\":" + running);

        var failed = upload("text/csv", "http://bad host.test/\n", "GAMBLING", "Crawler output", "fails-first");
        assertThat(failed.statusCode()).isEqualTo(422);
        var corrected = upload("text/csv", "http://good-host.test/\n", "GAMBLING", "Crawler output", "fails-first");
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(201);
        assertThat(corrected.headers().firstValue("Idempotent-Replayed")).hasValue("false");
    }

    @Test
    void anUploadWithoutACategoryIsRefusedBeforeReading() throws Exception {
        var response = upload("text/csv", "http://x.test/\n", "", "Crawler output");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"rule\":\"Invalid\"").contains("category");
    }

    private HttpResponse<String> upload(String type, String body, String category, String description)
            throws Exception {
        return upload(type, body, category, description, null);
    }

    private HttpResponse<String> upload(String type, String body, String category, String description,
            String idempotencyKey) throws Exception {
        return upload(type, body, category, description, idempotencyKey, "Antiterrorist Center (demo)");
    }

    private HttpResponse<String> upload(String type, String body, String category, String description,
            String idempotencyKey, String organisation) throws Exception {
        String query = "category=" + category + "&description="
                + java.net.URLEncoder.encode(description, StandardCharsets.UTF_8);
        var request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/complaints/bulk?" + query))
                .header("Authorization", "Bearer " + token(organisation))
                .header("Content-Type", type);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return HttpClient.newHttpClient().send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String token(String organisation) {
        return credentials.tokens().stream().filter(t -> t.organisation().equals(organisation)).findFirst()
                .orElseThrow().secret();
    }
}
