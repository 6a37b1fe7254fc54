package kz.tizim.server.review;

import static kz.tizim.server.review.CaseWorkflowFixture.bearer;
import static kz.tizim.server.review.CaseWorkflowFixture.find;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import kz.tizim.server.audit.AuditChainWriter;
import kz.tizim.server.demo.DemoCredentials;
import kz.tizim.server.demo.DemoData;
import kz.tizim.server.register.RestrictionLookup;
import kz.tizim.server.support.Http;
import kz.tizim.server.support.TizimSpringBootTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole path of issue 6 over HTTP, as its users would walk it: a rights holder files through the
 * API with evidence, triage opens a case, a reviewer drafts, another officer approves, the owner is
 * notified (outbox), the re-check finds the film still served by a real local HTTP server, the
 * register lists it, the owner appeals with the code from the notice, and an officer who took no part
 * lifts it. Every step leaves an audit event.
 */
@TizimSpringBootTest
@Import(MovableClock.Config.class)
@TestPropertySource(properties = "tizim.recheck.allowed-networks=127.0.0.0/8")
class CaseWorkflowEndToEndTest {

    @LocalServerPort
    int port;

    @Autowired
    DemoData demoData;

    @Autowired
    AuditChainWriter auditChain;

    @Autowired
    MovableClock clock;

    @Autowired
    RestrictionLookup register;

    @Autowired
    JdbcClient jdbc;

    HttpServer site;
    DemoCredentials credentials;

    @BeforeEach
    void start() throws Exception {
        credentials = demoData.ensureLoaded();
        site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        site.createContext("/film", exchange -> {
            byte[] body = "<html><body>Steppe Film (2026), full movie</body></html>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        site.createContext("/removable", exchange -> {
            int status = removableGone ? 410 : 200;
            byte[] body = (removableGone ? "gone" : "Nomad Trail (2025), full movie").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        site.start();
    }

    volatile boolean removableGone;

    @AfterEach
    void stop() {
        site.stop(0);
    }

    @Test
    void complaintToRestrictionToAppealToLifting() throws Exception {
        String rights = token("Qazaq Film Rights Association (demo)");
        String film = "http://127.0.0.1:" + site.getAddress().getPort() + "/film";

        // Intake: evidence, then the complaint with an idempotency key; a retry answers the same.
        var evidence = CaseWorkflowFixture.upload(port, rights, "licence.pdf", "application/pdf", CaseWorkflowFixture.PDF);
        assertThat(evidence.statusCode()).isEqualTo(201);
        String proof = find("\"id\":(\\d+)", evidence.body());
        String complaint = """
                {"category":"COPYRIGHT","suggestedBasis":"KZ-CC-198","description":"The whole film is streamed without a licence",
                 "locators":["%s","no such thing ::"],"right":{"workTitle":"Steppe Film","basis":"OWNER","proof":%s},
                 "owner":{"name":"Film Site Owner","email":"owner@film.example"}}""".formatted(film, proof);
        Http api = new Http(port);
        var filed = api.postJson("/api/v1/complaints", complaint, withKey(bearer(rights), "complaint-1"));
        assertThat(filed.statusCode()).isEqualTo(201);
        assertThat(filed.body()).contains("\"outcome\":\"NEW_CASE\"").contains("\"outcome\":\"INVALID\"");
        String complaintId = find("^\\{\"id\":(\\d+)", filed.body());
        String caseId = find("\"outcome\":\"NEW_CASE\",\"caseId\":(\\d+)", filed.body());
        String scope = find("\"locator\":\"(url [^\"]+)\"", filed.body());
        var retried = api.postJson("/api/v1/complaints", complaint, withKey(bearer(rights), "complaint-1"));
        assertThat(retried.statusCode()).isEqualTo(201);
        assertThat(find("^\\{\"id\":(\\d+)", retried.body())).isEqualTo(complaintId);
        assertThat(retried.body()).contains("\"replayed\":true").contains("\"caseId\":" + caseId);

        // Review: the reviewer takes the case and drafts; the drafter cannot approve, another officer does.
        Http reviewer = new Http(port);
        reviewer.login("reviewer", "reviewer-demo");
        assertThat(reviewer.get("/review").body()).contains("/review/cases/" + caseId);
        assertThat(reviewer.postForm("/review/cases/" + caseId, "/review/cases/" + caseId + "/assign").statusCode())
                .isEqualTo(302);
        var drafted = reviewer.postForm("/decisions/cases/" + caseId + "/draft", "/decisions/cases/" + caseId + "/draft",
                "basis", "KZ-CC-198", "measure", "REMOVAL_NOTICE", "scope", scope,
                "facts", "The film is offered in full at the complained URL; the rights holder proved ownership.",
                "reasoning", "Making a protected work available without the holder's consent infringes the right;"
                        + " a notice to remove the one URL is the least intrusive measure.");
        assertThat(drafted.statusCode()).isEqualTo(302);
        assertThat(reviewer.get("/decisions/cases/" + caseId + "/draft").body()).contains("Narrowest scope");
        reviewer.postForm("/decisions/cases/" + caseId + "/draft", "/decisions/cases/" + caseId + "/approve");
        assertThat(reviewer.get("/decisions/cases/" + caseId + "/draft").body()).contains("only a legal officer approves decisions");

        Http approver = new Http(port);
        approver.login("legal2", "legal2-demo");
        var approved = approver.postForm("/decisions/cases/" + caseId + "/draft",
                "/decisions/cases/" + caseId + "/approve");
        String decision = find("/decisions/(TZ-\\d{4}-\\d{6})", approved.headers().firstValue("Location").orElseThrow());
        assertThat(approver.get("/decisions/" + decision).body()).contains("KZ-CC-198").contains(scope.substring(4));
        var pdf = approver.get("/decisions/" + decision + "/pdf?language=kk");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF-");

        // Notice: the outbox holds the message with the appeal code; the owner gets 72 hours.
        assertThat(approver.postForm("/review/cases/" + caseId, "/notices/cases/" + caseId + "/send").statusCode())
                .isEqualTo(302);
        String outbox = approver.get("/notices/outbox").body();
        assertThat(outbox).contains("owner@film.example").contains(decision);
        String code = find("class=\"appeal-code\">([A-Z0-9-]{19})<", outbox);

        // Re-check is offered to those who may run it: the reviewer, not the legal officer.
        String recheck = "action=\"/notices/cases/" + caseId + "/recheck\"";
        assertThat(reviewer.get("/review/cases/" + caseId).body()).contains(recheck);
        assertThat(approver.get("/review/cases/" + caseId).body()).contains("id=\"actions-heading\"")
                .doesNotContain(recheck);

        // Re-check after the window: the film is still there, so access is restricted and registered.
        assertThat(reviewer.postForm("/review/cases/" + caseId, "/notices/cases/" + caseId + "/recheck").statusCode())
                .isEqualTo(302);
        assertThat(reviewer.get("/review/cases/" + caseId).body()).contains("the owner has until").contains("to comply");
        assertThat(register.find(film)).isEmpty();
        clock.advance(Duration.ofHours(73));
        reviewer.postForm("/review/cases/" + caseId, "/notices/cases/" + caseId + "/recheck");
        assertThat(register.find(film)).hasValueSatisfying(
                change -> assertThat(change.entry().decision().value()).isEqualTo(decision));

        // Appeal: a wrong code is refused like a wrong case; the right one files the appeal.
        Http owner = new Http(port);
        var wrong = owner.postForm("/public/appeal", "/public/appeal", "caseNumber", caseId, "code",
                "AAAA-BBBB-CCCC-DDDD", "grounds", "We hold a licence.", "name", "Film Site Owner", "email",
                "owner@film.example");
        assertThat(wrong.statusCode()).isEqualTo(403);
        var appealed = owner.postForm("/public/appeal", "/public/appeal", "caseNumber", caseId, "code", code,
                "grounds", "We bought a licence from the distributor on 1 March; copy attached to our e-mail.",
                "name", "Film Site Owner", "email", "owner@film.example");
        assertThat(appealed.statusCode()).isEqualTo(200);
        String appeal = find("appeal (\\d+) against", appealed.body());

        // The approver may not decide the appeal; a legal officer who took no part lifts the restriction.
        approver.postForm("/appeals", "/appeals/" + appeal + "/decide", "outcome", "LIFTED", "reasons", "Licence shown.");
        assertThat(approver.get("/appeals").body()).contains("took part in decision");
        Http independent = new Http(port);
        independent.login("legal", "legal-demo");
        independent.postForm("/appeals", "/appeals/" + appeal + "/decide", "outcome", "LIFTED", "reasons",
                "The owner showed a licence valid since 1 March; the making available was authorised.");
        assertThat(register.find(film)).isEmpty();
        assertThat(independent.get("/review/cases/" + caseId).body()).contains("Restriction lifted");

        auditChain.chainPending(); // events are linked into the chain just after their commit
        List<String> actions = jdbc.sql("SELECT action FROM audit_event WHERE target = ? ORDER BY sequence")
                .param("case:" + caseId).query(String.class).list();
        assertThat(actions).containsSubsequence("CASE_OPENED", "CASE_ASSIGNED", "DECISION_DRAFTED", "DECISION_APPROVED",
                "NOTICE_SENT", "RESTRICTION_ORDERED", "APPEAL_FILED", "APPEAL_DECIDED", "RESTRICTION_LIFTED");
        assertThat(actions).contains("APPEAL_CODE_REJECTED");
        auditChain.chainPending(); // events are linked into the chain just after their commit
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action IN ('COMPLAINT_FILED', 'EVIDENCE_STORED')"
                + " AND target IN (?, ?)").params("complaint:" + complaintId, "evidence:" + proof)
                .query(Integer.class).single()).isEqualTo(2);
        auditChain.chainPending(); // events are linked into the chain just after their commit
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE detail LIKE ?").param("%" + code + "%")
                .query(Integer.class).single()).as("the appeal code never reaches the audit trail").isZero();
    }

    @Test
    void ownerRemovesTheFilmAfterTheRestrictionAndAccessIsRestoredAtOnce() throws Exception {
        String rights = token("Qazaq Film Rights Association (demo)");
        String film = "http://127.0.0.1:" + site.getAddress().getPort() + "/removable";
        String proof = find("\"id\":(\\d+)",
                CaseWorkflowFixture.upload(port, rights, "title.pdf", "application/pdf", CaseWorkflowFixture.PDF).body());
        var filed = new Http(port).postJson("/api/v1/complaints", """
                {"category":"COPYRIGHT","suggestedBasis":"KZ-CC-198","description":"Streamed without a licence",
                 "locators":["%s"],"right":{"workTitle":"Nomad Trail","basis":"OWNER","proof":%s},
                 "owner":{"name":"Owner","email":"owner@removable.example"}}""".formatted(film, proof), bearer(rights));
        String caseId = find("\"outcome\":\"NEW_CASE\",\"caseId\":(\\d+)", filed.body());
        String scope = find("\"locator\":\"(url [^\"]+)\"", filed.body());
        Http reviewer = new Http(port);
        reviewer.login("reviewer", "reviewer-demo");
        reviewer.postForm("/review/cases/" + caseId, "/review/cases/" + caseId + "/assign");
        reviewer.postForm("/decisions/cases/" + caseId + "/draft", "/decisions/cases/" + caseId + "/draft",
                "basis", "KZ-CC-198", "measure", "REMOVAL_NOTICE", "scope", scope,
                "facts", "The film is offered in full.", "reasoning", "Unlicensed making available; one URL.");
        Http approver = new Http(port);
        approver.login("legal2", "legal2-demo");
        approver.postForm("/decisions/cases/" + caseId + "/draft", "/decisions/cases/" + caseId + "/approve");
        approver.postForm("/review/cases/" + caseId, "/notices/cases/" + caseId + "/send");
        clock.advance(Duration.ofHours(73));
        reviewer.postForm("/review/cases/" + caseId, "/notices/cases/" + caseId + "/recheck");
        assertThat(register.find(film)).isPresent();

        // Still served: asking to restore access changes nothing.
        reviewer.postForm("/review/cases/" + caseId, "/notices/cases/" + caseId + "/restore-access");
        assertThat(reviewer.get("/review/cases/" + caseId).body()).contains("ContentStillPresent");
        assertThat(register.find(film)).isPresent();

        // The owner takes the film down: access is restored at once, long before the term ends.
        removableGone = true;
        reviewer.postForm("/review/cases/" + caseId, "/notices/cases/" + caseId + "/restore-access");
        assertThat(register.find(film)).isEmpty();
        auditChain.chainPending(); // events are linked into the chain just after their commit
        assertThat(jdbc.sql("SELECT action FROM audit_event WHERE target = ? ORDER BY sequence DESC LIMIT 1")
                .param("case:" + caseId).query(String.class).single()).isEqualTo("RESTRICTION_LIFTED");
    }

    private String token(String organisation) {
        return credentials.tokens().stream().filter(t -> t.organisation().equals(organisation)).findFirst()
                .orElseThrow().secret();
    }

    private static String[] withKey(String[] headers, String key) {
        String[] all = java.util.Arrays.copyOf(headers, headers.length + 2);
        all[headers.length] = "Idempotency-Key";
        all[headers.length + 1] = key;
        return all;
    }
}
