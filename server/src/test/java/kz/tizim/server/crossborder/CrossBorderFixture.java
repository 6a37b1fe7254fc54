package kz.tizim.server.crossborder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.tizim.core.account.Actor;
import kz.tizim.core.account.OrganisationId;
import kz.tizim.core.account.Role;
import kz.tizim.core.crossborder.Channel;
import kz.tizim.core.crossborder.CrossBorderRequest;
import kz.tizim.core.crossborder.LetterLanguage;
import kz.tizim.core.crossborder.RequestedMeasure;
import kz.tizim.server.complaint.CaseWorkflowDemo;
import kz.tizim.server.demo.DemoData;
import kz.tizim.server.support.Http;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A German candidate and a request to Germany on the demo data: {@code propaganda.test} (terrorist
 * propaganda, hosted in Germany) gets an approved decision through the console, as a reviewer and a
 * second legal officer would give it. Public so that the CLI tests can prepare a database too.
 */
public final class CrossBorderFixture {

    public static final String SITE = "propaganda.test";

    private final int port;
    private final CrossBorderDesk desk;
    private final DemoData demoData;
    private final CaseWorkflowDemo caseDemo;
    private final JdbcClient jdbc;

    public CrossBorderFixture(ApplicationContext context, int port) {
        this.port = port;
        this.desk = context.getBean(CrossBorderDesk.class);
        this.demoData = context.getBean(DemoData.class);
        this.caseDemo = context.getBean(CaseWorkflowDemo.class);
        this.jdbc = context.getBean(JdbcClient.class);
    }

    /** Loads the demo and approves a decision for {@code propaganda.test}; returns its case id. */
    public long germanCandidate() {
        demoData.ensureLoaded();
        caseDemo.ensureLoaded();
        long caseId = jdbc.sql("SELECT id FROM review_case WHERE site = ?").param(SITE).query(Long.class).single();
        String scope = jdbc.sql("SELECT locators[1] FROM review_case WHERE id = ?").param(caseId)
                .query(String.class).single();
        Http reviewer = new Http(port);
        reviewer.login("reviewer", "reviewer-demo");
        reviewer.postForm("/review/cases/" + caseId, "/review/cases/" + caseId + "/assign");
        var drafted = reviewer.postForm("/decisions/cases/" + caseId + "/draft", "/decisions/cases/" + caseId + "/draft",
                "basis", "KZ-CC-256", "measure", "ACCESS_RESTRICTION", "scope", scope,
                "facts", "The page was captured by the Antiterrorist Center with the content described.",
                "reasoning", "The content falls under KZ-CC-256; restricting the one URL is the narrowest measure.");
        assertThat(drafted.statusCode()).isEqualTo(302);
        Http approver = new Http(port);
        approver.login("legal2", "legal2-demo");
        var approved = approver.postForm("/decisions/cases/" + caseId + "/draft",
                "/decisions/cases/" + caseId + "/approve");
        assertThat(approved.statusCode()).isEqualTo(302);
        return caseId;
    }

    /** Drafts a request to Germany for the case; returns the request id. */
    public long draftedRequest(long caseId) {
        CrossBorderRequest drafted = desk.draft(staff("foreign", Role.FOREIGN_DESK), new CrossBorderDesk.DraftCommand(
                "DE", List.of(caseId), null, "Foreign desk, foreign-desk@tizim.example", Channel.MLA_REQUEST,
                Set.of(RequestedMeasure.REMOVAL_BY_PROVIDER), LetterLanguage.EN, Map.of())).value();
        return drafted.id().value();
    }

    /** Approves (legal officer) and sends (foreign desk) the request, which issues its annexes. */
    public void approveAndSend(long requestId) {
        desk.approve(staff("legal", Role.LEGAL_OFFICER), requestId).value();
        desk.send(staff("foreign", Role.FOREIGN_DESK), requestId).value();
    }

    private static Actor staff(String name, Role role) {
        return new Actor(name, new OrganisationId(1), Set.of(role), Actor.Kind.PERSON);
    }
}
