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
 * Nobody approves their own draft, whichever door they use. Through the API the regulator's
 * machine token drafts and then tries to approve (refused: a token is no legal officer); in the
 * console a person holding both REVIEWER and LEGAL_OFFICER drafts and tries to approve (refused by
 * {@code FourEyesPolicy}). Nothing is approved either way.
 */
@TizimSpringBootTest
class FourEyesThroughTheApiTest {

    @LocalServerPort
    int port;

    @Autowired
    DemoData demoData;

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
        assertThat(jdbc.sql("SELECT count(*) FROM decision").query(Integer.class).single()).isZero();
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
        assertThat(dual.get("/decisions/cases/" + caseId + "/draft").body()).contains("FourEyesPolicy");
        assertThat(jdbc.sql("SELECT count(*) FROM decision").query(Integer.class).single()).isZero();
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
