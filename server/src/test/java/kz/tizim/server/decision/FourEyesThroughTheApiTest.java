package kz.tizim.server.decision;

import static kz.tizim.server.review.CaseWorkflowFixture.bearer;
import static kz.tizim.server.review.CaseWorkflowFixture.find;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import kz.tizim.core.account.Actor;
import kz.tizim.core.account.OrganisationId;
import kz.tizim.core.account.Role;
import kz.tizim.server.account.AccountsJdbcRepository;
import kz.tizim.server.account.ApiTokens;
import kz.tizim.server.audit.AuditChainWriter;
import kz.tizim.server.demo.DemoCredentials;
import kz.tizim.server.demo.DemoData;
import kz.tizim.server.support.Http;
import kz.tizim.server.support.TizimSpringBootTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Nobody approves their own draft, whichever door they use, and four eyes works per person through
 * the API. The regulator's organisation token drafts and cannot approve (a machine is no legal
 * officer). A person holding REVIEWER and LEGAL_OFFICER issues a personal token under "My tokens",
 * drafts with it and cannot approve it ({@code FourEyesPolicy}); another legal officer's personal
 * token approves it. In the console the dual-role person is refused the same way,
 * told so in the console's language.
 */
@TizimSpringBootTest
class FourEyesThroughTheApiTest {

    @LocalServerPort
    int port;

    @Autowired
    DemoData demoData;

    @Autowired
    AuditChainWriter auditChain;

    @Autowired
    ApiTokens tokens;

    @Autowired
    AccountsJdbcRepository accounts;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    JdbcClient jdbc;

    DemoCredentials credentials;
    Http http;

    @BeforeEach
    void load() {
        credentials = demoData.ensureLoaded();
        http = new Http(port);
    }

    @Test
    void theDraftingTokenCannotApproveItsOwnDraft() {
        OrganisationId regulator = accounts.findOrganisationByName("Tizim Regulator (demo)").orElseThrow().id();
        Actor admin = new Actor("admin", regulator, Set.of(Role.ADMIN), Actor.Kind.PERSON);
        String token = tokens.issue(admin, regulator, "review client").secret();
        String me = "token:" + token.substring(0, 10);
        String caseId = openCase("http://slots.test/play");

        var assigned = http.postJson("/api/v1/cases/" + caseId + "/assign", "{\"reviewer\":\"" + me + "\"}", bearer(token));
        assertThat(assigned.statusCode()).isEqualTo(200);
        var drafted = http.postJson("/api/v1/cases/" + caseId + "/decision", """
                {"basis":"KZ-CC-307","measure":"ACCESS_RESTRICTION","scope":"url http://slots.test/play",
                 "facts":"An unlicensed casino takes bets from Kazakhstan.","reasoning":"Organising gambling without a licence is an offence; restricting the one URL is the narrowest measure."}""",
                bearer(token));
        assertThat(drafted.statusCode()).isEqualTo(201);

        var approved = http.postJson("/api/v1/cases/" + caseId + "/decision/approve", "{}", bearer(token));

        assertThat(approved.statusCode()).isEqualTo(403);
        assertThat(approved.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(approved.body()).contains("\"rule\":\"LegalOfficerPolicy\"");
        assertThat(decisionsOf(caseId)).isZero();
    }

    @Test
    void personalTokensActAsTheirPersonSoAnotherLegalOfficerApprovesThroughTheApi() {
        accounts.createUser("dual-api", "Dual Role Officer", passwords.encode("dual-role-password"),
                accounts.findOrganisationByName("Tizim Regulator (demo)").orElseThrow().id(),
                java.util.EnumSet.of(Role.REVIEWER, Role.LEGAL_OFFICER));
        String drafter = personalToken("dual-api", "dual-role-password");
        String approver = personalToken("legal", "legal-demo");
        String caseId = openCase("http://wager.test/bonus");

        assertThat(http.get("/api/v1/me", bearer(drafter)).body())
                .contains("\"name\":\"dual-api\"").contains("LEGAL_OFFICER").contains("\"kind\":\"PERSON\"");
        var assigned = http.postJson("/api/v1/cases/" + caseId + "/assign", "{\"reviewer\":\"dual-api\"}",
                bearer(drafter));
        assertThat(assigned.statusCode()).isEqualTo(200);
        var drafted = http.postJson("/api/v1/cases/" + caseId + "/decision", """
                {"basis":"KZ-CC-307","measure":"ACCESS_RESTRICTION","scope":"url http://wager.test/bonus",
                 "facts":"An unlicensed casino takes bets from Kazakhstan.","reasoning":"Organising gambling without a licence is an offence; restricting the one URL is the narrowest measure."}""",
                bearer(drafter));
        assertThat(drafted.statusCode()).isEqualTo(201);
        assertThat(drafted.body()).contains("\"dual-api\"");

        var ownApproval = http.postJson("/api/v1/cases/" + caseId + "/decision/approve", "{}", bearer(drafter));

        assertThat(ownApproval.statusCode()).isEqualTo(403);
        assertThat(ownApproval.body()).contains("\"rule\":\"FourEyesPolicy\"");
        assertThat(decisionsOf(caseId)).isZero();

        var approved = http.postJson("/api/v1/cases/" + caseId + "/decision/approve", "{}", bearer(approver));

        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(201);
        assertThat(approved.body()).contains("\"legal\"");
        assertThat(jdbc.sql("SELECT approved_by FROM decision WHERE case_id = ?").param(Long.parseLong(caseId))
                .query(String.class).list()).containsExactly("legal");
        auditChain.chainPending(); // events are linked into the chain just after their commit
        assertThat(jdbc.sql("SELECT actor FROM audit_event WHERE action = 'TOKEN_USED' ORDER BY sequence")
                .query(String.class).list()).contains("dual-api", "legal");
    }

    @Test
    void aPersonalTokenStopsWorkingWhenItsPersonRevokesIt() {
        Http legal = new Http(port);
        legal.login("legal2", "legal2-demo");
        var page = legal.postForm("/account/tokens", "/account/tokens", "label", "laptop");
        String secret = find("(tzm_[A-Za-z0-9_-]{43})", page.body());
        long tokenId = jdbc.sql("SELECT id FROM api_token WHERE label = 'laptop'").query(Long.class).single();
        assertThat(http.get("/api/v1/me", bearer(secret)).statusCode()).isEqualTo(200);
        assertThat(legal.get("/account/tokens").body()).contains("laptop").doesNotContain(secret);

        Http other = new Http(port);
        other.login("reviewer", "reviewer-demo");
        var stranger = other.postForm("/account/tokens", "/account/tokens/" + tokenId + "/revoke");
        assertThat(stranger.statusCode()).as("nobody else but an administrator revokes it").isEqualTo(403);
        assertThat(http.get("/api/v1/me", bearer(secret)).statusCode()).isEqualTo(200);

        legal.postForm("/account/tokens", "/account/tokens/" + tokenId + "/revoke");

        assertThat(http.get("/api/v1/me", bearer(secret)).statusCode()).isEqualTo(401);
        auditChain.chainPending(); // events are linked into the chain just after their commit
        assertThat(jdbc.sql("SELECT action FROM audit_event WHERE target = 'user:legal2' AND action LIKE 'TOKEN_%' ORDER BY sequence")
                .query(String.class).list()).containsExactly("TOKEN_ISSUED", "TOKEN_REVOKED");
    }

    private int decisionsOf(String caseId) {
        return jdbc.sql("SELECT count(*) FROM decision WHERE case_id = ?").param(Long.parseLong(caseId))
                .query(Integer.class).single();
    }

    /** Signs in to the console as the person and issues a personal token under "My tokens". */
    private String personalToken(String username, String password) {
        Http person = new Http(port);
        person.login(username, password);
        var page = person.postForm("/account/tokens", "/account/tokens", "label", "api client");
        assertThat(page.statusCode()).isEqualTo(200);
        return find("(tzm_[A-Za-z0-9_-]{43})", page.body());
    }

    @Test
    void anOfficerHoldingBothRolesCannotApproveTheirOwnDraft() {
        accounts.createUser("dual", "Dual Role Officer", passwords.encode("dual-role-password"),
                accounts.findOrganisationByName("Tizim Regulator (demo)").orElseThrow().id(),
                java.util.EnumSet.of(Role.REVIEWER, Role.LEGAL_OFFICER));
        String caseId = openCase("http://casino.test/roulette");
        Http dual = new Http(port);
        dual.login("dual", "dual-role-password");
        dual.postForm("/review/cases/" + caseId, "/review/cases/" + caseId + "/assign");
        dual.postForm("/decisions/cases/" + caseId + "/draft", "/decisions/cases/" + caseId + "/draft",
                "basis", "KZ-CC-307", "measure", "ACCESS_RESTRICTION", "scope", "url http://casino.test/roulette",
                "facts", "An unlicensed casino.", "reasoning", "Unlicensed gambling; the URL alone is restricted.");

        var approve = dual.postForm("/decisions/cases/" + caseId + "/draft", "/decisions/cases/" + caseId + "/approve");

        assertThat(approve.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/decisions/cases/" + caseId + "/draft"));
        assertThat(dual.get("/decisions/cases/" + caseId + "/draft").body())
                .contains("dual drafted this decision; another legal officer must approve it");
        assertThat(decisionsOf(caseId)).isZero();

        dual.postForm("/decisions/cases/" + caseId + "/draft", "/decisions/cases/" + caseId + "/approve");

        assertThat(dual.get("/decisions/cases/" + caseId + "/draft?lang=kk").body())
                .as("the rule in Kazakh, the English detail after it")
                .contains("<strong>Шешім жобасын дайындаған адам оны бекіте алмайды.</strong>")
                .contains("lang=\"en\">dual drafted this decision; another legal officer must approve it</small>");
        assertThat(decisionsOf(caseId)).isZero();
    }

    private String openCase(String url) {
        String atc = credentials.tokens().stream()
                .filter(t -> t.organisation().equals("Antiterrorist Center (demo)")).findFirst().orElseThrow().secret();
        var filed = http.postJson("/api/v1/complaints", """
                {"category":"GAMBLING","description":"Unlicensed casino","locators":["%s"]}""".formatted(url),
                bearer(atc));
        assertThat(filed.statusCode()).isEqualTo(201);
        return find("\"caseId\":(\\d+)", filed.body());
    }
}
