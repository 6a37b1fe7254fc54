package kz.tizim.server.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipInputStream;
import kz.tizim.match.feed.Digests;
import kz.tizim.server.audit.AuditChainWriter;
import kz.tizim.server.demo.DemoData;
import kz.tizim.server.support.Http;
import kz.tizim.server.support.TizimSpringBootTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person asks for an export in the console, leaves, and downloads it later from another session;
 * the job's progress counts the records written; nobody else sees it but administrators.
 */
@TizimSpringBootTest
class LongOperationsTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final int EXTRA_CHANGES = 40_000;

    @LocalServerPort
    int port;

    @Autowired
    DemoData demoData;

    @Autowired
    AuditChainWriter auditChain;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JobsJdbcRepository repository;

    String today;

    @BeforeEach
    void setUp() {
        demoData.ensureLoaded();
        today = LocalDate.now(ZoneId.of("Asia/Almaty")).toString();
    }

    @Test
    void anExportRunsInTheBackgroundAndItsOwnerDownloadsItFromAnotherSession() throws Exception {
        // Enough register changes today that writing them takes a while, with progress stored on the way.
        jdbc.sql("""
                INSERT INTO register_version (serial, recorded_at, change, locator_kind, locator, locator_sha256,
                    decision, category, legal_basis, urgency, starts_at, published)
                SELECT (SELECT coalesce(max(serial), 0) FROM register_version) + n, now(), 'ORDERED', 'domain',
                       'export-' || n || '.example', encode(sha256(('domain export-' || n || '.example')::bytea), 'hex'),
                       'TZ-2026-009999', 'GAMBLING', 'KZ-CC-307', 'ORDINARY', now(), TRUE
                FROM generate_series(1, ?) n""").param(EXTRA_CHANGES).update();
        // The register's head moves with them, as the register's own writes move it: later tests sharing
        // this database record their restrictions after these serials, not onto them.
        jdbc.sql("UPDATE register_head SET serial = (SELECT max(serial) FROM register_version)").update();
        long expected = jdbc.sql("SELECT count(*) FROM register_version WHERE recorded_at >= ?::date::timestamp"
                        + " AT TIME ZONE 'Asia/Almaty'").param(today).query(Long.class).single();

        Http reviewer = new Http(port);
        reviewer.login("reviewer", "reviewer-demo");
        var started = reviewer.postForm("/operations?lang=en", "/operations", "kind", "open-data-export",
                "dataset", "register-changes", "format", "jsonl", "from", today, "to", today);
        assertThat(started.statusCode()).isEqualTo(302);
        Matcher location = Pattern.compile("/operations#job-(\\d+)$")
                .matcher(started.headers().firstValue("Location").orElseThrow());
        assertThat(location.find()).isTrue();
        long id = Long.parseLong(location.group(1));

        List<Job> seen = new ArrayList<>();
        Job job = repository.find(id).orElseThrow();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (job.unfinished() && System.nanoTime() < deadline) {
            seen.add(job);
            Thread.sleep(2);
            job = repository.find(id).orElseThrow();
        }
        assertThat(job.state()).as("job %s: %s", id, job.error()).isEqualTo(Job.State.DONE);
        assertThat(job.done()).isEqualTo(expected);
        assertThat(job.total()).isEqualTo(expected);
        assertThat(seen).extracting(Job::done).isSorted();
        assertThat(seen).as("progress stored while running")
                .anySatisfy(j -> assertThat(j.done()).isBetween(1L, expected - 1));

        // Later, from another browser: the list shows the job done, the download is the file it describes.
        Http later = new Http(port);
        later.login("reviewer", "reviewer-demo");
        String page = later.get("/operations?lang=en").body();
        assertThat(page).contains("id=\"job-" + id + "\"").contains("Open-data dump of a period")
                .contains("tizim-register-changes-" + today + "--" + today + ".jsonl.gz")
                .contains(String.format(Locale.ENGLISH, "%,d of %,d records written", expected, expected))
                .contains("<progress id=\"job-progress-" + id + "\" max=\"100\" value=\"100\"")
                .contains(job.resultSha256());
        var download = bytes(login("reviewer"), "/operations/" + id + "/result");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                d -> assertThat(d).contains("tizim-register-changes-" + today + "--" + today + ".jsonl.gz"));
        assertThat(Digests.sha256Hex(download.body())).isEqualTo(job.resultSha256());
        List<String> lines;
        try (var in = new GZIPInputStream(new ByteArrayInputStream(download.body()))) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        assertThat(lines).hasSize((int) expected);
        JsonNode last = JsonMapper.builder().build().readTree(lines.get(lines.size() - 1));
        assertThat(last.get("locator").asString()).isEqualTo("export-" + EXTRA_CHANGES + ".example");
        assertThat(last.get("decision").asString()).isEqualTo("TZ-2026-009999");

        // Another reviewer and another organisation do not see it; an administrator does.
        for (String other : List.of("reviewer2", "atc")) {
            HttpClient client = login(other);
            assertThat(text(client, "/operations?lang=en")).doesNotContain("id=\"job-" + id + "\"");
            assertThat(bytes(client, "/operations/" + id + "/result").statusCode()).isEqualTo(404);
        }
        assertThat(text(login("admin"), "/operations?lang=en")).contains("id=\"job-" + id + "\"")
                .contains("Operations of all users");

        Map<String, String> audited = new TreeMap<>();
        auditChain.chainPending(); // events are linked into the chain just after their commit
        jdbc.sql("SELECT action, actor FROM audit_event WHERE target = ?").param("job:" + id)
                .query(rs -> {
                    audited.put(rs.getString(1), rs.getString(2));
                });
        assertThat(audited).containsEntry("JOB_STARTED", "reviewer").containsEntry("JOB_FINISHED", "system:jobs");
    }

    @Test
    void theTransparencyReportIsZippedTableByTable() throws Exception {
        Http legal = new Http(port);
        legal.login("legal", "legal-demo");
        var started = legal.postForm("/operations?lang=en", "/operations", "kind", "transparency-report");
        assertThat(started.statusCode()).isEqualTo(302);
        long id = Long.parseLong(started.headers().firstValue("Location").orElseThrow().replaceAll(".*job-", ""));

        Job job = awaitFinished(id);

        assertThat(job.state()).isEqualTo(Job.State.DONE);
        assertThat(job.done()).isEqualTo(9);
        assertThat(job.total()).isEqualTo(9);
        var download = bytes(login("legal"), "/operations/" + id + "/result");
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/zip");
        Map<String, String> entries = new TreeMap<>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(download.body()))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(entries).hasSize(9).containsKeys("decisions-by-category.csv", "equal-treatment.csv");
        assertThat(entries.get("decisions-by-category.csv"))
                .isEqualTo(new Http(port).get("/transparency/decisions-by-category.csv").body());
    }

    @Test
    void badParametersAreRefusedWithAMessageInThePageLanguage() {
        Http reviewer = new Http(port);
        reviewer.login("reviewer", "reviewer-demo");
        String tomorrow = LocalDate.parse(today).plusDays(1).toString();
        long jobsBefore = jdbc.sql("SELECT count(*) FROM job").query(Long.class).single();

        var reversed = reviewer.postForm("/operations?lang=en", "/operations", "kind", "open-data-export",
                "dataset", "decisions", "format", "csv", "from", today, "to", "2020-01-01");
        var future = reviewer.postForm("/operations?lang=ru", "/operations", "kind", "open-data-export",
                "dataset", "decisions", "format", "csv", "from", today, "to", tomorrow);
        var unknown = reviewer.postForm("/operations?lang=ru", "/operations", "kind", "passwords");

        assertThat(reversed.statusCode()).isEqualTo(400);
        assertThat(reversed.body()).contains("role=\"alert\"")
                .contains("The first day (" + today + ") is after the last day (2020-01-01).");
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(future.body()).contains("Последний день (" + tomorrow + ") ещё не наступил.");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("«passwords»");
        assertThat(jdbc.sql("SELECT count(*) FROM job").query(Long.class).single()).as("nothing queued")
                .isEqualTo(jobsBefore);
    }

    @Test
    void theApiFollowsAJobAndRefusesBadParametersAsProblems() throws Exception {
        String token = demoData.ensureLoaded().tokens().stream()
                .filter(t -> t.organisation().equals("Antiterrorist Center (demo)")).findFirst().orElseThrow().secret();
        Http api = new Http(port);

        var refused = api.postJson("/api/v1/jobs", """
                {"kind":"open-data-export","parameters":{"dataset":"decisions","format":"xml","from":"2026-01-01",\
                "to":"2026-01-31"}}""", "Authorization", "Bearer " + token);
        var started = api.postJson("/api/v1/jobs", """
                {"kind":"open-data-export","parameters":{"dataset":"decisions","format":"csv","from":"%s","to":"%s"}}"""
                .formatted(today, today), "Authorization", "Bearer " + token);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.body()).contains("Choose a format: CSV or JSON Lines (not \\\"xml\\\").")
                .contains("\"code\":\"job.open-data.invalid.format\"");
        assertThat(started.statusCode()).isEqualTo(202);
        String location = started.headers().firstValue("Location").orElseThrow();
        long id = Long.parseLong(location.replaceAll(".*/", ""));
        awaitFinished(id);
        var done = api.get(location, "Authorization", "Bearer " + token);
        assertThat(done.body()).contains("\"state\":\"DONE\"").contains("\"result\":\"" + location + "/result\"");
        var csv = api.get(location + "/result", "Authorization", "Bearer " + token);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).startsWith("\u001f\ufffd"); // gzip magic, read as text
        assertThat(csv.headers().firstValue("Digest"))
                .hasValue("sha-256=" + repository.find(id).orElseThrow().resultSha256());
    }

    private Job awaitFinished(long id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Job job = repository.find(id).orElseThrow();
        while (job.unfinished() && System.nanoTime() < deadline) {
            Thread.sleep(20);
            job = repository.find(id).orElseThrow();
        }
        return job;
    }

    private HttpClient login(String user) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String form = text(client, "/login");
        Matcher csrf = CSRF.matcher(form);
        assertThat(csrf.find()).isTrue();
        var response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf.group(1) + "&username=" + user
                        + "&password=" + user + "-demo")).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(302);
        return client;
    }

    private String text(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
    }

    private HttpResponse<byte[]> bytes(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
