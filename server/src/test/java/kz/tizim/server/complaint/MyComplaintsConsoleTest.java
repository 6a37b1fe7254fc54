package kz.tizim.server.complaint;

import static kz.tizim.server.review.CaseWorkflowFixture.find;
import static org.assertj.core.api.Assertions.assertThat;

import kz.tizim.server.demo.DemoData;
import kz.tizim.server.register.RegisterDemo;
import kz.tizim.server.support.Http;
import kz.tizim.server.support.TizimSpringBootTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A complainant follows the organisation's complaints to their cases and decisions; nobody else's. */
@TizimSpringBootTest
class MyComplaintsConsoleTest {

    @LocalServerPort
    int port;

    @Autowired
    DemoData demoData;

    @Autowired
    RegisterDemo registerDemo;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void demo() {
        demoData.ensureLoaded();
        registerDemo.ensureLoaded();
    }

    @Test
    void aComplainantSeesEachLocatorsCaseStatusAndDecisionOfItsOwnComplaintsOnly() {
        Http atc = new Http(port);
        atc.login("atc", "atc-demo");
        var filed = atc.postForm("/complaints/new", "/complaints", "category", "TERRORISM_PROPAGANDA",
                "description", "A channel recruits for a banned organisation.",
                "locators", "http://mine-channel.test/join\nhttps://forum.example/thread/1488\nnot a locator");
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(302);
        String complaint = find("/complaints/(\\d+)$", filed.headers().firstValue("Location").orElseThrow());
        assertThat(atc.get("/complaints/" + complaint).body()).contains("Complaint " + complaint + " filed");
        long caseId = jdbc.sql("SELECT id FROM review_case WHERE ? = ANY(complaints)").param(Long.parseLong(complaint))
                .query(Long.class).single();

        String page = atc.get("/complaints?lang=en").body();
        assertThat(page).contains("Complaint " + complaint).contains("http://mine-channel.test/join")
                .contains("New case opened").contains("<span>case " + caseId + ": new</span>")
                .contains("Already restricted").contains("href=\"/public/decisions/TZ-2026-000104\"")
                .contains("Not a valid locator");

        // The case moves on: a decision is approved and the restriction ordered.
        jdbc.sql("UPDATE review_case SET status = 'RESTRICTION_ORDERED', decision = 'TZ-2026-000777' WHERE id = ?")
                .param(caseId).update();
        assertThat(atc.get("/complaints?lang=ru").body()).contains("Мои жалобы")
                .contains("href=\"/public/decisions/TZ-2026-000777\"");

        Http rights = new Http(port);
        rights.login("rights", "rights-demo");
        assertThat(rights.get("/complaints?lang=en").body()).contains("My complaints")
                .doesNotContain("mine-channel.test").doesNotContain("Complaint " + complaint + "<");
    }

    @Test
    void theFiledComplaintIsItsOwnPageThatKeepsItsLanguageAndShowsToItsOrganisationOnly() {
        Http atc = new Http(port);
        atc.login("atc", "atc-demo");
        var filed = atc.postForm("/complaints/new", "/complaints", "category", "TERRORISM_PROPAGANDA",
                "description", "A channel recruits for a banned organisation.",
                "locators", "http://prg-channel.test/join\nnot a locator");

        assertThat(filed.statusCode()).as("Post/Redirect/Get").isEqualTo(302);
        String page = filed.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "");
        String complaint = find("^/complaints/(\\d+)$", page);
        assertThat(atc.get(page + "?lang=kk").body()).contains("http://prg-channel.test/join")
                .contains(complaint + " шағым берілді").contains("lang=\"kk\"");
        assertThat(atc.get(page + "?lang=en").body()).contains("Complaint " + complaint + " filed")
                .contains("New case opened").contains("Not a valid locator");

        Http rights = new Http(port);
        rights.login("rights", "rights-demo");
        assertThat(rights.get(page).statusCode()).as("another organisation's complaint looks missing").isEqualTo(404);
        assertThat(rights.get(page).body()).doesNotContain("prg-channel.test");
    }
}
