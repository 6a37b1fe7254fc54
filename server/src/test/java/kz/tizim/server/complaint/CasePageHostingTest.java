package kz.tizim.server.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import kz.tizim.server.demo.DemoData;
import kz.tizim.server.support.Http;
import kz.tizim.server.support.TizimSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The case page embeds the site's hosting summary (htmx), with a plain link when scripts are off.
 * Runs in its own context: loading the demo cases into the shared one would change what
 * {@code CaseWorkflowDemoTest} sees.
 */
@TizimSpringBootTest
@TestPropertySource(properties = "tizim.test.context=case-page-hosting")
class CasePageHostingTest {

    @LocalServerPort
    int port;

    @Autowired
    DemoData demoData;

    @Autowired
    CaseWorkflowDemo demo;

    @Autowired
    JdbcClient jdbc;

    @Test
    void casePageLoadsTheHostingSummaryOfItsSite() {
        demoData.ensureLoaded();
        demo.ensureLoaded();
        long caseId = jdbc.sql("SELECT min(id) FROM review_case").query(Long.class).single();
        Http reviewer = new Http(port);
        reviewer.login("reviewer", "reviewer-demo");

        var page = reviewer.get("/review/cases/" + caseId);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("hx-get=\"/hosting/summary?host=").contains("href=\"/hosting?host=");
    }
}
