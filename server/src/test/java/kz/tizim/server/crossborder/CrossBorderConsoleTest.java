package kz.tizim.server.crossborder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.tizim.core.notice.ProbeResult;
import kz.tizim.server.review.MovableClock;
import kz.tizim.server.support.Http;
import kz.tizim.server.support.TizimSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The desk in the console: the foreign desk sees a German candidate with its verdict, drafts a
 * request from the candidates page, a legal officer approves it from the dossier, the desk sends it,
 * and the issued documents are listed with their SHA-256 and download intact; reminders (by hand and
 * by the scheduler, on a moved clock) and a re-check run from the dossier. Complainants get 403.
 * Runs in its own context: the approved decision would change what the shared one's tests see.
 */
@TizimSpringBootTest
@TestPropertySource(properties = "tizim.test.context=crossborder-console")
@Import({MovableClock.Config.class, ScriptedProbe.Config.class})
class CrossBorderConsoleTest {

    static final Pattern REQUEST_LOCATION = Pattern.compile("/cross-border/requests/(\\d+)$");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MovableClock clock;

    @Autowired
    ScriptedProbe probe;

    @Test
    void theForeignDeskDraftsFromTheCandidatesAndFollowsTheRequestThroughTheDossier() {
        long caseId = new CrossBorderFixture(context, port).germanCandidate();
        Http foreign = new Http(port);
        foreign.login("foreign", "foreign-demo");

        var home = foreign.get("/");
        assertThat(home.body()).contains("href=\"/cross-border\"").contains("Cross-border requests");
        var candidates = foreign.get("/cross-border");
        assertThat(candidates.statusCode()).isEqualTo(200);
        assertThat(candidates.body()).contains("id=\"country-DE\"").contains(CrossBorderFixture.SITE)
                .contains("Host country: Germany (DE)").contains("Terrorist propaganda").contains("Satisfied")
                .contains("129a").contains("Offence").doesNotContain("OFFENCE")
                .contains("Draft a request to DE");
        assertThat(foreign.get("/cross-border?lang=kk").body()).contains("Шетелге сұраулар").contains("Орындалған")
                .as("the host state and the reason's coverage in Kazakh")
                .contains("Орналастыру елі: Германия (DE)").contains("Қылмыс").doesNotContain("Germany")
                .doesNotContain("OFFENCE");
        foreign.get("/cross-border?lang=en");

        var drafted = foreign.postForm("/cross-border", "/cross-border/requests", "country", "DE",
                "cases", Long.toString(caseId), "channel", "MLA_REQUEST", "measures", "REMOVAL_BY_PROVIDER",
                "language", "ru", "contacts", "foreign-desk@tizim.example");
        assertThat(drafted.statusCode()).isEqualTo(302);
        Matcher location = REQUEST_LOCATION.matcher(drafted.headers().firstValue("Location").orElseThrow());
        assertThat(location.find()).isTrue();
        String dossier = "/cross-border/requests/" + location.group(1);
        assertThat(foreign.get(dossier).body()).contains("Draft").contains(CrossBorderFixture.SITE)
                .contains("Approve the request").contains("No documents yet");

        // The foreign desk may not approve its own request: the same policy as the API, shown on the page.
        foreign.postForm(dossier, dossier + "/approve");
        assertThat(foreign.get(dossier).body()).contains("The step was refused").contains("<strong class=\"status\">Draft");

        Http legal = new Http(port);
        legal.login("legal", "legal-demo");
        assertThat(legal.postForm(dossier, dossier + "/approve").statusCode()).isEqualTo(302);
        assertThat(foreign.postForm(dossier, dossier + "/send").statusCode()).isEqualTo(302);

        String sent = foreign.get(dossier).body();
        assertThat(sent).contains("<strong class=\"status\">Sent").contains("Record the acknowledgement of receipt");
        String annexSha = jdbc.sql("SELECT sha256 FROM cross_border_document WHERE request_id = ? AND kind = 'ANNEX_CSV'")
                .param(Long.parseLong(location.group(1))).query(String.class).single().strip();
        assertThat(sent).contains(annexSha).contains("-annex.csv");
        long annexId = jdbc.sql("SELECT id FROM cross_border_document WHERE sha256 = ?").param(annexSha)
                .query(Long.class).single();
        var download = foreign.get(dossier + "/documents/" + annexId);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Digest")).hasValue("sha-256=" + annexSha);
        assertThat(download.body()).startsWith("request,country,site,");

        assertThat(foreign.get("/cross-border/statistics").body()).contains("<th scope=\"row\">DE</th>");

        // A reply from the host state, uploaded through the dossier's multipart form (CSRF in the body).
        byte[] reply = "%PDF-1.4 BKA: the channel was removed".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        var uploaded = new ReplyUpload(port, "foreign", "foreign-demo").post(dossier, dossier + "/replies",
                "bka-reply.pdf", reply, "BKA answer");
        assertThat(uploaded.statusCode()).isEqualTo(302);
        assertThat(foreign.get(dossier).body()).contains("bka-reply.pdf")
                .contains(kz.tizim.server.document.DocumentHash.sha256(reply)).doesNotContain("The step was refused");

        // An auditor reads the dossier but is offered no step.
        Http auditor = new Http(port);
        auditor.login("auditor", "auditor-demo");
        String audited = auditor.get(dossier).body();
        assertThat(audited).contains(annexSha).contains("href=\"/cross-border\"")
                .doesNotContain("Record the acknowledgement of receipt").doesNotContain("id=\"actions-heading\"");

        // Reminders from the dossier and the scheduler: terrorist content is reminded at 30 and 60
        // minutes after sending, once each, and closed as unanswered after two hours.
        long requestId = Long.parseLong(location.group(1));
        assertThat(foreign.get(dossier).body()).contains("Next reminder due").contains("Record the reminder now due");
        foreign.postForm(dossier, dossier + "/reminders");
        assertThat(foreign.get(dossier).body()).as("not due yet").contains("The step was refused");
        clock.advance(Duration.ofMinutes(30));
        assertThat(foreign.postForm(dossier, dossier + "/reminders").statusCode()).isEqualTo(302);
        assertThat(foreign.get(dossier).body()).contains("<caption>Reminders</caption>").contains("<td>foreign</td>")
                .doesNotContain("The step was refused");
        auditor.postForm(dossier, dossier + "/reminders");
        auditor.postForm(dossier, dossier + "/sites/" + caseId + "/recheck");
        assertThat(auditor.get(dossier).body()).contains("The step was refused");
        var jobs = new CrossBorderJobs(context.getBean(CrossBorderDesk.class));
        jobs.run();
        assertThat(reminders(requestId)).containsExactly("foreign");
        clock.advance(Duration.ofMinutes(30));
        jobs.run();
        jobs.run();
        assertThat(reminders(requestId)).containsExactly("foreign", "system:scheduler");

        // The same through the API, with a personal token the administrator issued to the desk officer.
        Http admin = new Http(port);
        admin.login("admin", "admin-demo");
        Matcher secret = Pattern.compile("tzm_[A-Za-z0-9_-]{43}").matcher(admin.postForm("/admin/accounts",
                "/admin/accounts/people/tokens", "username", "foreign", "label", "desk laptop").body());
        assertThat(secret.find()).isTrue();
        String bearer = "Bearer " + secret.group();
        var api = new Http(port);
        assertThat(api.get("/api/v1/cross-border/requests/" + requestId + "/reminders", "Authorization", bearer).body())
                .contains("\"ordinal\":2").contains("\"recordedBy\":\"system:scheduler\"");
        assertThat(api.get("/api/v1/cross-border/requests/" + requestId, "Authorization", bearer).body())
                .contains("\"nextReminderDue\":null").contains("\"noResponseAt\":\"2026-")
                .contains("\"domesticStatus\":\"RESTRICTION_ORDERED\"");
        assertThat(foreign.get(dossier + "?lang=kk").body()).contains("Еске салулар")
                .as("the verdict worded in Kazakh").contains("Қосарлы қылмыстылық сақталған сияқты")
                .contains("Осы уақытқа дейін жауап болмаса").as("no reminder left")
                .doesNotContain("Келесі еске салу мерзімі").doesNotContain("Мерзімі жеткен еске салуды жазу");
        foreign.get(dossier + "?lang=en");
        clock.advance(Duration.ofHours(1));
        jobs.run();
        assertThat(foreign.get(dossier).body()).contains("<strong class=\"status\">No response")
                .doesNotContain("Next reminder due");

        // A re-check from the dossier: the channel is still served, so its restriction at home stays.
        probe.answer(CrossBorderFixture.SITE, new ProbeResult.Present(200, "http://propaganda.test/channel/1",
                "ab".repeat(32)));
        assertThat(foreign.postForm(dossier, dossier + "/sites/" + caseId + "/recheck").statusCode()).isEqualTo(302);
        assertThat(foreign.get(dossier).body()).contains("Still present").contains("Case in Kazakhstan: restricted")
                .doesNotContain("The step was refused");
    }

    private java.util.List<String> reminders(long requestId) {
        return jdbc.sql("SELECT recorded_by FROM cross_border_reminder WHERE request_id = ? ORDER BY ordinal")
                .param(requestId).query(String.class).list();
    }

    @Test
    void aComplainantIsRefused() {
        context.getBean(kz.tizim.server.demo.DemoData.class).ensureLoaded();
        Http complainant = new Http(port);
        complainant.login("rights", "rights-demo");

        assertThat(complainant.get("/cross-border").statusCode()).isEqualTo(403);
        assertThat(complainant.get("/cross-border/statistics").statusCode()).isEqualTo(403);
        assertThat(complainant.get("/").body()).doesNotContain("href=\"/cross-border\"");
    }
}
