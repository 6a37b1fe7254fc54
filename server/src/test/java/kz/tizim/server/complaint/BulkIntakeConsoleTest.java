package kz.tizim.server.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.tizim.server.demo.DemoData;
import kz.tizim.server.support.TizimSpringBootTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A complainant uploads a file in the console, sees the job in the organisation's list, and others do not. */
@TizimSpringBootTest
class BulkIntakeConsoleTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    DemoData demoData;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @BeforeEach
    void demo() {
        demoData.ensureLoaded();
    }

    @Test
    void anUploadedFileBecomesAJobOfTheOrganisationWithItsErrorReport() throws Exception {
        HttpClient atc = signedIn("atc", "atc-demo");
        String page = get(atc, "/complaints/bulk?lang=ru").body();
        assertThat(page).contains("Массовая загрузка локаторов").contains("name=\"file\"");

        var done = upload(atc, page, "crawl.csv", "http://console-bulk.test/a\nhttps://console-bulk.test/b\n");
        assertThat(done.statusCode()).isEqualTo(302);
        var failed = upload(atc, page, "broken.jsonl", "{\"locator\":\"http://ok.test/\"}\n{oops\n");
        assertThat(failed.statusCode()).isEqualTo(200);
        assertThat(failed.body()).contains("oops").contains("errors.csv");

        String jobs = get(atc, "/complaints/bulk/jobs?lang=en").body();
        assertThat(jobs).contains("crawl.csv").contains("1 case(s) opened").contains("broken.jsonl")
                .contains("<progress");
        Matcher report = Pattern.compile("/complaints/bulk/(\\d+)/errors.csv").matcher(jobs);
        assertThat(report.find()).isTrue();
        var csv = get(atc, report.group());
        assertThat(csv.body()).startsWith("line,input,reason\n2,{oops,");

        HttpClient rights = signedIn("rights", "rights-demo");
        assertThat(get(rights, "/complaints/bulk/jobs").body()).doesNotContain("crawl.csv");
        assertThat(get(rights, report.group()).statusCode()).isEqualTo(404);
    }

    @Test
    void aRunningJobShowsItsProgressAndThePageKeepsPollingUntilItEnds() throws Exception {
        long organisation = jdbc.sql("SELECT id FROM organisation WHERE name = 'Antiterrorist Center (demo)'")
                .query(Long.class).single();
        long job = jdbc.sql("""
                INSERT INTO bulk_intake_job (organisation_id, uploaded_by, category, description, file_name, status,
                    bytes_total, bytes_read, rows_read, started_at)
                VALUES (?, 'atc', 'GAMBLING', 'Crawler output', 'running.csv', 'RUNNING', 4000, 1000, 25000, now())
                RETURNING id""").param(organisation).query(Long.class).single();
        HttpClient atc = signedIn("atc", "atc-demo");

        String running = get(atc, "/complaints/bulk").body();

        assertThat(running).contains("running.csv").contains("value=\"25\"").contains("hx-trigger=\"every 2s\"")
                .contains("hx-get=\"/complaints/bulk/jobs\"");

        jdbc.sql("UPDATE bulk_intake_job SET status = 'FAILED', failure = 'the upload broke off' WHERE id = ?")
                .param(job).update();
        String ended = get(atc, "/complaints/bulk/jobs").body();
        assertThat(ended).contains("the upload broke off").doesNotContain("hx-trigger");
    }

    private HttpClient signedIn(String user, String password) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String csrf = csrf(get(client, "/login").body());
        client.send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf + "&username=" + user + "&password="
                        + password)).build(), HttpResponse.BodyHandlers.ofString());
        return client;
    }

    private HttpResponse<String> upload(HttpClient client, String page, String name, String content) throws Exception {
        String boundary = "tizimBoundary42";
        String body = part(boundary, "_csrf", csrf(page)) + part(boundary, "category", "GAMBLING")
                + part(boundary, "description", "Found by the crawler")
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        return client.send(HttpRequest.newBuilder(uri("/complaints/bulk"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String part(String boundary, String name, String value) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    private HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).header("Accept-Language", "en").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String csrf(String page) {
        Matcher matcher = CSRF.matcher(page);
        if (!matcher.find()) {
            throw new AssertionError("no CSRF token in:\n" + page);
        }
        return matcher.group(1);
    }
}
