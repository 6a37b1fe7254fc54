package kz.tizim.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import kz.tizim.server.demo.DemoCredentials;
import kz.tizim.server.demo.DemoData;
import kz.tizim.server.review.CaseWorkflowFixture;
import kz.tizim.server.support.Http;
import kz.tizim.server.support.TizimSpringBootTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A complainant's token must never read another organisation's records, through any API endpoint.
 * {@link #everyApiEndpointIsCoveredByThisTest()} fails when an endpoint is added without a case here.
 */
@TizimSpringBootTest
class TenantIsolationTest {

    /** Each API GET endpoint with how to aim it at another organisation ({other} = that org's id). */
    static final List<String> PROBES = List.of(
            "/api/v1/organisations/{other}",
            "/api/v1/organisations/{other}/tokens",
            "/api/v1/organisations/{other}/feed-acks");

    /** Endpoints without an organisation in the path, checked for what they return instead. */
    static final Set<String> SCOPED_BY_ACTOR = Set.of("/api/v1/me", "/api/v1/audit/events",
            // Hosting facts belong to no organisation; regulator staff only (HostingApiTest: 403 for others).
            "/api/v1/hosting/{host}", "/api/v1/hosting/{host}/jurisdiction",
            // Filing and uploading act for the token's own organisation (the use case sets it).
            "/api/v1/complaints", "/api/v1/evidence",
            // Review steps: the use cases refuse anyone but regulator staff (see complainantTokenCannotTakeReviewSteps).
            "/api/v1/cases/{id}/assign", "/api/v1/cases/{id}/decision", "/api/v1/cases/{id}/decision/approve",
            // Bulk upload files for the token's organisation; the list holds only its own jobs
            // (bulkJobsAndErrorReportsAreOnlyTheUploaders).
            "/api/v1/complaints/bulk",
            // Long operations: asked for by the token itself; the list holds only its own (jobsAreOnlyTheirOwners).
            "/api/v1/jobs");

    /** A long operation and its result: only whoever asked for it (and administrators) see them. */
    static final Set<String> JOB_PROBES = Set.of("/api/v1/jobs/{id}", "/api/v1/jobs/{id}/result");

    /** A bulk job and its error report: only the uploading organisation sees them (bulkJobsAndErrorReports…). */
    static final Set<String> BULK_JOB_PROBES = Set.of("/api/v1/complaints/bulk/{jobId}",
            "/api/v1/complaints/bulk/{jobId}/errors");

    /**
     * Cross-border requests: the foreign desk, legal officers and auditors only; outside organisations'
     * tokens are refused on every one ({@link #outsideTokensCannotReachCrossBorderRequests()}).
     */
    static final List<String> CROSS_BORDER = List.of("/api/v1/cross-border/candidates",
            "/api/v1/cross-border/requests", "/api/v1/cross-border/requests/{id}",
            "/api/v1/cross-border/requests/{id}/approve", "/api/v1/cross-border/requests/{id}/override",
            "/api/v1/cross-border/requests/{id}/send", "/api/v1/cross-border/requests/{id}/acknowledge",
            "/api/v1/cross-border/requests/{id}/answer", "/api/v1/cross-border/requests/{id}/no-response",
            "/api/v1/cross-border/requests/{id}/reminders", "/api/v1/cross-border/requests/{id}/sites/{caseId}/outcome",
            "/api/v1/cross-border/requests/{id}/sites/{caseId}/recheck", "/api/v1/cross-border/requests/{id}/replies",
            "/api/v1/cross-border/requests/{id}/documents", "/api/v1/cross-border/requests/{id}/documents/{document}",
            "/api/v1/cross-border/requests/{id}/letter", "/api/v1/cross-border/requests/{id}/annex",
            "/api/v1/cross-border/statistics");

    /**
     * Endpoints reading one organisation's record by its id: the record is created by the rights
     * holder, then read by the Antiterrorist Center (404, like a missing id) and by its owner (200).
     */
    static final List<String> RECORD_PROBES = List.of("/api/v1/complaints/{id}", "/api/v1/evidence/{id}");

    /**
     * Public, read-only endpoints that hold no organisation's records: the legal catalogue is the
     * law Tizim applies (bases, foreign provisions, the gap matrix, the evaluator, version history),
     * the same for everyone and readable without a token.
     */
    static final Set<String> PUBLIC_ENDPOINTS = Set.of(
            "/api/v1/legal/categories", "/api/v1/legal/bases", "/api/v1/legal/bases/{id}",
            "/api/v1/legal/jurisdictions", "/api/v1/legal/provisions", "/api/v1/legal/matrix",
            "/api/v1/legal/check", "/api/v1/legal/versions", "/api/v1/legal/versions/{number}",
            "/api/v1/legal/versions/{number}/file");

    @LocalServerPort
    int port;

    @Autowired
    DemoData demoData;

    @Autowired
    AccountsJdbcRepository accounts;

    @Autowired
    ApiTokens apiTokens;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    DemoCredentials credentials;
    Http http;

    @BeforeEach
    void loadDemo() {
        credentials = demoData.ensureLoaded();
        http = new Http(port);
    }

    static Stream<String> probes() {
        return PROBES.stream();
    }

    @ParameterizedTest
    @MethodSource("probes")
    void complainantTokenCannotReadAnotherOrganisation(String probe) {
        long other = organisationId("KazNet Telecom (demo)");
        long own = organisationId("Qazaq Film Rights Association (demo)");

        var foreign = http.get(probe.replace("{other}", Long.toString(other)), bearer(rightsHolderToken()));
        var mine = http.get(probe.replace("{other}", Long.toString(own)), bearer(rightsHolderToken()));

        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(foreign.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(foreign.body()).doesNotContain("KazNet");
        assertThat(mine.statusCode()).isEqualTo(200);
    }

    static Stream<String> recordProbes() {
        return RECORD_PROBES.stream();
    }

    @ParameterizedTest
    @MethodSource("recordProbes")
    void anotherOrganisationsRecordLooksMissing(String probe) throws Exception {
        var uploaded = CaseWorkflowFixture.upload(port, rightsHolderToken(), "proof.pdf", "application/pdf",
                CaseWorkflowFixture.PDF);
        String evidence = CaseWorkflowFixture.find("\"id\":(\\d+)", uploaded.body());
        var filed = http.postJson("/api/v1/complaints", """
                {"category":"GAMBLING","description":"Unlicensed casino","locators":["http://slots.test/play"],
                 "evidence":[%s]}""".formatted(evidence), bearer(rightsHolderToken()));
        String complaint = CaseWorkflowFixture.find("^\\{\"id\":(\\d+)", filed.body());
        String path = probe.replace("{id}", probe.contains("evidence") ? evidence : complaint);

        var foreign = http.get(path, bearer(token("Antiterrorist Center (demo)")));
        var mine = http.get(path, bearer(rightsHolderToken()));
        var missing = http.get(probe.replace("{id}", "999999"), bearer(rightsHolderToken()));

        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(foreign.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(foreign.body()).doesNotContain("slots.test").doesNotContain("proof.pdf");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(anonymised(foreign.body())).as("another organisation's record answers like a missing one")
                .isEqualTo(anonymised(missing.body()));
        assertThat(mine.statusCode()).isEqualTo(200);
    }

    /** A problem body without what differs between any two requests: the request id and the numbers. */
    private static String anonymised(String problem) {
        return problem.replaceAll("\"requestId\":\"[^\"]*\"", "").replaceAll("\\d+", "N");
    }

    @Test
    void bulkJobsAndErrorReportsAreOnlyTheUploaders() throws Exception {
        var uploaded = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port
                                + "/api/v1/complaints/bulk?category=GAMBLING&description=Crawler+output"))
                        .header("Authorization", "Bearer " + rightsHolderToken()).header("Content-Type", "text/csv")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("http://tenant-bulk.test/\nnot a locator\n"))
                        .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(422);
        String job = CaseWorkflowFixture.find("\"job\":(\\d+)", uploaded.body());
        var regulator = accounts.findOrganisationByName("Tizim Regulator (demo)").orElseThrow().id();
        String regulatorToken = apiTokens.issue(new kz.tizim.core.account.Actor("admin", regulator,
                Set.of(kz.tizim.core.account.Role.ADMIN), kz.tizim.core.account.Actor.Kind.PERSON), regulator,
                "bulk probe").secret();

        for (String probe : BULK_JOB_PROBES) {
            String path = probe.replace("{jobId}", job);
            var foreign = http.get(path, bearer(token("Antiterrorist Center (demo)")));
            var staff = http.get(path, bearer(regulatorToken));
            var mine = http.get(path, bearer(rightsHolderToken()));
            var missing = http.get(probe.replace("{jobId}", "999999"), bearer(rightsHolderToken()));

            assertThat(foreign.statusCode()).as(path).isEqualTo(404);
            assertThat(staff.statusCode()).as(path).isEqualTo(404);
            assertThat(foreign.body()).doesNotContain("tenant-bulk").doesNotContain("not a locator");
            assertThat(anonymised(foreign.body())).isEqualTo(anonymised(missing.body()));
            assertThat(mine.statusCode()).as(path).isEqualTo(200);
            assertThat(mine.body()).contains(path.endsWith("/errors") ? "not a locator" : "Crawler output");
        }
        assertThat(http.get("/api/v1/complaints/bulk", bearer(token("Antiterrorist Center (demo)"))).body())
                .doesNotContain("\"id\":" + job + ",");
        assertThat(http.get("/api/v1/complaints/bulk", bearer(rightsHolderToken())).body())
                .contains("\"id\":" + job + ",");
    }

    @Test
    void jobsAreOnlyTheirOwners() throws Exception {
        var started = http.postJson("/api/v1/jobs", "{\"kind\":\"transparency-report\"}", bearer(rightsHolderToken()));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String job = CaseWorkflowFixture.find("^\\{\"id\":(\\d+)", started.body());
        for (int i = 0; i < 600 && !http.get("/api/v1/jobs/" + job, bearer(rightsHolderToken())).body()
                .contains("\"state\":\"DONE\""); i++) {
            Thread.sleep(50);
        }

        for (String probe : JOB_PROBES) {
            String path = probe.replace("{id}", job);
            var foreign = http.get(path, bearer(token("Antiterrorist Center (demo)")));
            var missing = http.get(probe.replace("{id}", "999999"), bearer(rightsHolderToken()));
            var mine = http.get(path, bearer(rightsHolderToken()));

            assertThat(foreign.statusCode()).as(path).isEqualTo(404);
            assertThat(foreign.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(anonymised(foreign.body())).isEqualTo(anonymised(missing.body()));
            assertThat(mine.statusCode()).as(path).isEqualTo(200);
        }
        assertThat(http.get("/api/v1/jobs", bearer(ispToken())).body()).doesNotContain("\"id\":" + job + ",");
        assertThat(http.get("/api/v1/jobs", bearer(rightsHolderToken())).body()).contains("\"id\":" + job + ",");
    }

    @Test
    void complainantTokenCannotTakeReviewSteps() {
        var approve = http.postJson("/api/v1/cases/1/decision/approve", "{}", bearer(rightsHolderToken()));
        var assign = http.postJson("/api/v1/cases/1/assign", "{\"reviewer\":\"token\"}", bearer(rightsHolderToken()));

        assertThat(approve.statusCode()).isIn(403, 404);
        assertThat(assign.statusCode()).isIn(403, 404);
    }

    @Test
    void auditEventsOfAComplainantAreOnlyItsOwn() {
        long own = organisationId("Qazaq Film Rights Association (demo)");
        http.get("/api/v1/me", bearer(ispToken()));

        var events = http.get("/api/v1/audit/events", bearer(rightsHolderToken()));

        assertThat(events.statusCode()).isEqualTo(200);
        assertThat(events.body()).contains("\"organisation\":\"" + own + "\"")
                .doesNotContain("\"organisation\":\"" + organisationId("KazNet Telecom (demo)") + "\"")
                .doesNotContain("\"organisation\":\"\"");
    }

    @Test
    void meAnswersWithTheTokensOwnOrganisation() {
        var me = http.get("/api/v1/me", bearer(ispToken()));

        assertThat(me.body()).contains("KazNet Telecom (demo)").contains("\"roles\":[\"ISP\"]");
    }

    @Test
    void outsideTokensCannotReachCrossBorderRequests() {
        for (String endpoint : CROSS_BORDER) {
            String path = endpoint.replace("{id}", "1").replace("{caseId}", "1").replace("{document}", "1");
            for (String token : List.of(rightsHolderToken(), ispToken())) {
                var get = http.get(path, bearer(token));
                var post = http.postJson(path, "{}", bearer(token));
                assertThat(get.statusCode()).as("GET " + path).isIn(403, 404, 405);
                assertThat(post.statusCode()).as("POST " + path).isIn(403, 404, 405, 415);
                assertThat(get.body() + post.body()).doesNotContain("propaganda.test");
            }
        }
    }

    @Test
    void everyApiEndpointIsCoveredByThisTest() {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(path -> path.startsWith("/api/v1/") && !path.startsWith("/api/v1/public/"))
                .forEach(endpoints::add));
        Set<String> covered = new TreeSet<>(SCOPED_BY_ACTOR);
        covered.addAll(PUBLIC_ENDPOINTS);
        PROBES.forEach(probe -> covered.add(probe.replace("{other}", "{organisationId}")));
        covered.addAll(RECORD_PROBES);
        covered.addAll(BULK_JOB_PROBES);
        covered.addAll(JOB_PROBES);
        covered.addAll(CROSS_BORDER);

        assertThat(covered).as("add a tenant-isolation probe for every new API endpoint")
                .containsAll(endpoints);
    }

    private long organisationId(String name) {
        return accounts.findOrganisationByName(name).orElseThrow().id().value();
    }

    private String rightsHolderToken() {
        return token("Qazaq Film Rights Association (demo)");
    }

    private String ispToken() {
        return token("KazNet Telecom (demo)");
    }

    private String token(String organisation) {
        return credentials.tokens().stream().filter(t -> t.organisation().equals(organisation)).findFirst()
                .orElseThrow().secret();
    }

    private static String[] bearer(String token) {
        return new String[] {"Authorization", "Bearer " + token};
    }
}
