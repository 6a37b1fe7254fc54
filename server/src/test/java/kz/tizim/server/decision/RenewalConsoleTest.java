package kz.tizim.server.decision;

import static org.assertj.core.api.Assertions.assertThat;

import kz.tizim.server.audit.AuditChainWriter;
import kz.tizim.server.crossborder.CrossBorderFixture;
import kz.tizim.server.demo.DemoData;
import kz.tizim.server.support.Http;
import kz.tizim.server.support.TizimSpringBootTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * A legal officer renews a running restriction from its decision page: fresh reasons are required,
 * a reviewer is refused, and the renewal reaches the register as a RENEWED version with the new end,
 * audited.
 */
@TizimSpringBootTest
@TestPropertySource(properties = "tizim.test.context=renewal")
class RenewalConsoleTest {

    @LocalServerPort
    int port;

    @Autowired
    DemoData demoData;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditChainWriter auditChain;

    String number;
    String reasoning;

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void load() {
        demoData.ensureLoaded();
        if (jdbc.sql("SELECT count(*) FROM review_case WHERE status = 'RESTRICTION_ORDERED'").query(Long.class).single() == 0) {
            // An urgent (terrorism) decision orders its restriction when approved.
            new CrossBorderFixture(context, port).germanCandidate();
        }
        number = jdbc.sql("""
                SELECT c.decision FROM review_case c WHERE c.status = 'RESTRICTION_ORDERED'
                AND EXISTS (SELECT 1 FROM register_version v WHERE v.decision = c.decision)
                ORDER BY c.decision LIMIT 1""").query(String.class).single();
        reasoning = jdbc.sql("SELECT reasoning FROM decision_draft d JOIN review_case c ON c.id = d.case_id "
                + "WHERE c.decision = ?").param(number).query(String.class).single();
    }

    @Test
    void aLegalOfficerRenewsForFreshReasonsAndTheRegisterRecordsTheNewEnd() {
        Http legal = new Http(port);
        legal.login("legal", "legal-demo");
        String page = "/decisions/" + number;
        assertThat(legal.get(page).body()).contains("Term and renewals").contains("Renew the restriction");
        long versionsBefore = versions();

        var repeated = legal.postForm(page, page + "/renewal", "months", "3", "reasons", reasoning);
        assertThat(repeated.statusCode()).isEqualTo(302);
        assertThat(legal.get(page).body()).contains("a renewal needs fresh reasons, not the ones already given");
        var noMonths = legal.postForm(page, page + "/renewal", "months", "0", "reasons", "x");
        assertThat(noMonths.statusCode()).isEqualTo(302);
        assertThat(legal.get(page).body()).contains("whole number of months");
        assertThat(versions()).isEqualTo(versionsBefore);

        var renewed = legal.postForm(page, page + "/renewal", "months", "3",
                "reasons", "The site reappeared under a new path in the last month; the harm continues.");
        assertThat(renewed.statusCode()).as(renewed::body).isEqualTo(302);
        assertThat(legal.get(page).body()).contains("The restriction was renewed")
                .contains("The site reappeared under a new path");
        assertThat(versions()).isGreaterThan(versionsBefore);
        assertThat(jdbc.sql("SELECT change FROM register_version WHERE decision = ? ORDER BY serial DESC LIMIT 1")
                .param(number).query(String.class).single()).isEqualTo("RENEWED");
        auditChain.chainPending();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE detail LIKE ?").param("%" + number + "%")
                .query(Long.class).single()).isPositive();

        Http kazakh = new Http(port);
        kazakh.login("legal2", "legal2-demo");
        assertThat(kazakh.get(page + "?lang=kk", "Accept-Language", "kk").body()).contains("Мерзімі және ұзартулар");
    }

    @Test
    void aReviewerSeesTheTermButCannotRenew() {
        Http reviewer = new Http(port);
        reviewer.login("reviewer", "reviewer-demo");
        String page = "/decisions/" + number;
        assertThat(reviewer.get(page).body()).contains("Term and renewals").doesNotContain("Renew the restriction");
        long versionsBefore = versions();

        var refused = reviewer.postForm(page, page + "/renewal", "months", "3", "reasons", "Fresh reasons here.");

        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(reviewer.get(page).body()).contains("only a legal officer renews a restriction");
        assertThat(versions()).isEqualTo(versionsBefore);
    }

    private long versions() {
        return jdbc.sql("SELECT count(*) FROM register_version WHERE decision = ?").param(number)
                .query(Long.class).single();
    }
}
