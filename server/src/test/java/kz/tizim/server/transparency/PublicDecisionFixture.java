package kz.tizim.server.transparency;

import static kz.tizim.server.review.CaseWorkflowFixture.bearer;
import static kz.tizim.server.review.CaseWorkflowFixture.find;
import static org.assertj.core.api.Assertions.assertThat;

import kz.tizim.server.demo.DemoCredentials;
import kz.tizim.server.support.Http;

/**
 * Real decisions on the immediate track, made the way officers make them: the Antiterrorist Center
 * files through the API (with the owner's contact), the reviewer drafts in the console, a second
 * legal officer approves, and approval orders the restriction in the register at once.
 */
public final class PublicDecisionFixture {

    private final int port;
    private final DemoCredentials credentials;

    public PublicDecisionFixture(int port, DemoCredentials credentials) {
        this.port = port;
        this.credentials = credentials;
    }

    /** An approved decision restricting {@code url}; returns its number. */
    public String issue(String category, String basis, String url, String ownerName, String ownerEmail, String facts) {
        String atc = credentials.tokens().stream()
                .filter(t -> t.organisation().equals("Antiterrorist Center (demo)")).findFirst().orElseThrow().secret();
        var filed = new Http(port).postJson("/api/v1/complaints", """
                {"category":"%s","description":"Reported by the agency","locators":["%s"],
                 "owner":{"name":"%s","email":"%s"}}""".formatted(category, url, ownerName, ownerEmail), bearer(atc));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        String caseId = find("\"outcome\":\"NEW_CASE\",\"caseId\":(\\d+)", filed.body());
        String scope = find("\"locator\":\"(url [^\"]+)\"", filed.body());

        Http reviewer = new Http(port);
        reviewer.login("reviewer", "reviewer-demo");
        reviewer.postForm("/review/cases/" + caseId, "/review/cases/" + caseId + "/assign");
        var drafted = reviewer.postForm("/decisions/cases/" + caseId + "/draft", "/decisions/cases/" + caseId + "/draft",
                "basis", basis, "measure", "ACCESS_RESTRICTION", "scope", scope, "facts", facts,
                "reasoning", "The material is unlawful on this basis; restricting the one URL is the narrowest measure.");
        assertThat(drafted.statusCode()).isEqualTo(302);

        Http approver = new Http(port);
        approver.login("legal2", "legal2-demo");
        var approved = approver.postForm("/decisions/cases/" + caseId + "/draft", "/decisions/cases/" + caseId + "/approve");
        String location = approved.headers().firstValue("Location").orElseThrow();
        assertThat(location).as(approver.get("/decisions/cases/" + caseId + "/draft").body()).contains("/decisions/TZ-");
        return find("/decisions/(TZ-\\d{4}-\\d{6})", location);
    }
}
