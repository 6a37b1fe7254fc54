package kz.tizim.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.tizim.server.demo.DemoData;
import kz.tizim.server.review.CaseWorkflowFixture;
import kz.tizim.server.review.MovableClock;
import kz.tizim.server.support.Accessibility;
import kz.tizim.server.support.Browser;
import kz.tizim.server.support.TizimSpringBootTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The console as its people use it, in Chromium, from complaint to public restriction: the rights
 * holder's clerk files a complaint with evidence through the form; the reviewer takes the case, tries
 * to restrict the whole network and is stopped by the proportionality check, then restricts the one
 * URL; a second legal officer approves, sends the notice and, once the owner's 72 hours are over,
 * re-checks the film (still served by a real local web server), which orders the restriction; a
 * visitor finds it with its decision number in the public lookup, and reads the transparency report
 * with its charts drawn. On every page the language switch changes the words and keeps the query.
 *
 * <p>The owner's compliance window is the only thing not waited for: the clock is moved past it.
 */
@TizimSpringBootTest
@Import(MovableClock.Config.class)
@TestPropertySource(properties = {"tizim.recheck.allowed-networks=127.0.0.0/8",
        "tizim.test.context=complaint-to-public-restriction"})
class ComplaintToPublicRestrictionBrowserTest {

    /** Counts the canvas pixels drawn in the first series' colour (#00558c). */
    private static final String FIRST_SERIES_PIXELS = """
            selector => {
              const canvas = document.querySelector(selector);
              const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
              let count = 0;
              for (let i = 0; i < data.length; i += 4) {
                if (data[i] === 0 && data[i + 1] === 85 && data[i + 2] === 140 && data[i + 3] > 0) count++;
              }
              return count;
            }""";

    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

    private static final String CHART_READY = "() => typeof Chart !== 'undefined'"
            + " && Chart.getChart(document.querySelector('#decisions-by-category canvas')) !== undefined";

    @LocalServerPort
    int port;

    @Autowired
    DemoData demoData;

    @Autowired
    MovableClock clock;

    HttpServer site;

    @BeforeEach
    void startTheSite() throws Exception {
        demoData.ensureLoaded();
        site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        site.createContext("/film", exchange -> {
            byte[] body = "<html><body>Steppe Film (2026), full movie</body></html>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        site.start();
    }

    @AfterEach
    void stopTheSite() {
        site.stop(0);
    }

    @Test
    void complaintWithEvidenceBecomesAPublicRestrictionWithItsDecisionNumber() {
        String film = "http://127.0.0.1:" + site.getAddress().getPort() + "/film";
        try (Browser browser = Browser.launch()) {
            String caseId = fileTheComplaint(browser.newPage("en-GB"), film);
            Page reviewer = browser.newPage("en-GB");
            String locator = draftTheDecision(reviewer, caseId);
            String decision = approveAndSendTheNotice(browser.newPage("en-GB"), caseId);
            recheckAfterTheOwnersWindow(reviewer, caseId);
            findItInPublic(browser.newPage("en-GB"), film, locator, decision);
        }
    }

    /** The rights holder's clerk files through the console form, with evidence and proof of the right. */
    private String fileTheComplaint(Page page, String film) {
        signIn(page, "rights", "rights-demo");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("File a complaint").setExact(true)).click();
        assertThat(page.locator("h1").textContent()).isEqualTo("File a complaint");
        switchesLanguage(page);

        page.getByLabel("Category").selectOption("COPYRIGHT");
        page.getByLabel("Suggested legal basis (optional)").fill("KZ-CC-198");
        page.getByLabel("What is unlawful, and why").fill("Steppe Film is streamed in full without a licence.");
        page.getByLabel("URLs, domains or IP addresses, one per line").fill(film);
        page.getByLabel("Evidence files").setInputFiles(new FilePayload("stream-capture.pdf", "application/pdf",
                CaseWorkflowFixture.PDF));
        page.getByLabel("Work infringed").fill("Steppe Film");
        page.getByLabel("Proof of ownership or mandate").setInputFiles(new FilePayload("licence.pdf",
                "application/pdf", CaseWorkflowFixture.PDF));
        page.getByLabel("Name", EXACT).fill("Film Site Owner");
        page.getByLabel("E-mail").fill("owner@film.example");
        Browser.screenshot(page, "complaint-form-en");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("File the complaint")).click();

        assertThat(page.locator("h1").textContent()).matches("Complaint \\d+ filed");
        Locator triage = page.locator("tbody tr");
        assertThat(triage.count()).isEqualTo(1);
        assertThat(triage.textContent()).contains(film).contains("New case opened");
        assertThat(page.url()).as("the complaint's own page, not the form's POST").matches(".*/complaints/\\d+");
        switchesLanguage(page);
        Accessibility.assertNoSeriousViolations(page, "the filed complaint");
        Browser.screenshot(page, "complaint-filed-en");
        // This page answers the form's POST, so it has no address of its own to show in another language.
        return find("Case (\\d+)", triage.textContent());
    }

    /** The reviewer takes the case, is stopped when restricting the whole network, restricts the URL. */
    private String draftTheDecision(Page page, String caseId) {
        signIn(page, "reviewer", "reviewer-demo");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Review queue")).click();
        assertThat(page.locator("h1").textContent()).isEqualTo("Review queue");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("newest")).click();
        assertThat(URI.create(page.url()).getQuery()).isEqualTo("sort=opened");
        switchesLanguage(page);
        Locator row = page.locator("tbody tr").filter(new Locator.FilterOptions()
                .setHas(page.locator("a[href='/review/cases/" + caseId + "']")));
        Browser.screenshot(page, "review-queue-en");
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Take")).click();

        page.navigate(url("/review?sort=opened"));
        page.locator("a[href='/review/cases/" + caseId + "']").click();
        assertThat(page.locator("h1").textContent()).isEqualTo("Case " + caseId);
        assertThat(page.locator("main > dl.facts dd").first().textContent()).isEqualTo("in review");
        assertThat(page.locator("main > dl.facts").textContent()).contains("reviewer");
        assertThat(page.locator("section[aria-labelledby=evidence-heading]").textContent())
                .contains("stream-capture.pdf").contains("licence.pdf");
        String locator = page.locator("section[aria-labelledby=locators-heading] code").first().textContent();
        switchesLanguage(page);
        Browser.screenshot(page, "case-en");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open the decision editor")).click();
        assertThat(page.locator("h1").textContent()).isEqualTo("Decision for case " + caseId);
        switchesLanguage(page);
        page.getByLabel("Legal basis", EXACT).selectOption("KZ-CC-198");
        page.getByLabel("Measure", EXACT).selectOption("REMOVAL_NOTICE");
        page.getByLabel("Scope to restrict").fill("cidr 127.0.0.0/16");
        page.getByLabel("Facts found").fill("The film is offered in full at the complained URL; the rights holder"
                + " proved ownership.");
        page.getByLabel("Why the content is unlawful on this basis").fill("Making a protected work available"
                + " without the holder's consent infringes the right; the site ignores requests to remove it.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the draft")).click();

        Locator warning = page.locator("main .alert.error[role=alert]");
        assertThat(warning.textContent()).contains("Proportionality")
                .contains("No collateral damage: nothing is known about who else 127.0.0.0/16 serves")
                .contains("Narrowest scope: cidr 127.0.0.0/16 is wider than the complained locators");
        assertThat(page.locator("#report-heading").count()).as("no draft was saved").isZero();
        assertThat(page.getByLabel("Scope to restrict").inputValue()).isEqualTo("cidr 127.0.0.0/16");
        Accessibility.assertNoSeriousViolations(page, "the decision editor with a proportionality refusal");
        Browser.screenshot(page, "decision-editor-warning-en");

        page.getByLabel("Scope to restrict").fill(locator);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the draft")).click();
        assertThat(page.locator("main .alert.error").count()).isZero();
        assertThat(page.locator("#report-heading").textContent()).startsWith("Current draft by reviewer");
        List<String> verdicts = page.locator("section[aria-labelledby=report-heading] tbody td:nth-child(2)")
                .allTextContents().stream().map(String::strip).toList();
        assertThat(verdicts).hasSize(5).containsOnly("passes");
        switchesLanguage(page);
        Browser.screenshot(page, "decision-editor-draft-en");
        return locator;
    }

    /** A second officer, a legal officer, approves the decision and sends the notice to the owner. */
    private String approveAndSendTheNotice(Page page, String caseId) {
        signIn(page, "legal", "legal-demo");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Review queue")).click();
        page.locator("a[href='/review/cases/" + caseId + "']").click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open the decision editor")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve the decision")).click();

        page.waitForURL(Pattern.compile(".*/decisions/TZ-\\d{4}-\\d{6}$"));
        String decision = find("/decisions/(TZ-\\d{4}-\\d{6})$", page.url());
        assertThat(decision).startsWith("TZ-2026-");
        assertThat(page.locator("h1").textContent()).isEqualTo("Decision " + decision);
        switchesLanguage(page);
        Browser.screenshot(page, "decision-en");

        page.navigate(url("/review/cases/" + caseId));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the notice to the owner")).click();
        assertThat(page.locator("main > dl.facts dd").first().textContent()).isEqualTo("notice sent");
        return decision;
    }

    /** The reviewer re-checks the film: too early at first, and after the owner's 72 hours it is still there. */
    private void recheckAfterTheOwnersWindow(Page page, String caseId) {
        page.navigate(url("/review/cases/" + caseId));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Re-check the content now")).click();
        assertThat(page.locator("main .alert.error").textContent()).contains("the owner has until");

        clock.advance(Duration.ofHours(73));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Re-check the content now")).click();
        assertThat(page.locator("main > dl.facts dd").first().textContent()).isEqualTo("restricted");
        assertThat(page.locator("main .alert.error").count()).isZero();
        switchesLanguage(page);
        Browser.screenshot(page, "case-restricted-en");
    }

    /** A visitor, not signed in, checks the address and reads the report. */
    private void findItInPublic(Page page, String film, String locator, String decision) {
        page.navigate(url("/lookup"));
        page.getByLabel("URL, domain or IP address").fill(film);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check")).click();
        Locator answer = page.locator("#lookup-answer");
        assertThat(answer.textContent()).contains("This address is restricted").contains(decision)
                .contains("Copyright infringement").contains("KZ-CC-198").contains(locator.substring("url ".length()));
        Browser.screenshot(page, "public-lookup-restriction-en");
        switchesLanguage(page);
        page.click(".lang a[hreflang=kk]");
        page.waitForURL(u -> u.contains("lang=kk"));
        assertThat(answer.textContent()).as("the answer survives the language switch")
                .contains("Бұл мекенжайға қолжетімділік шектелген").contains(decision);
        page.click(".lang a[hreflang=en]");
        page.waitForURL(u -> u.contains("lang=en"));

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Transparency report")).click();
        assertThat(page.locator("h1").textContent()).isEqualTo("Transparency report");
        page.waitForFunction(CHART_READY);
        assertThat((Integer) page.evaluate(FIRST_SERIES_PIXELS, "#decisions-by-category canvas"))
                .as("bars drawn on the canvas").isGreaterThan(50);
        assertThat(page.locator("#table-decisions-by-category tbody tr").count()).isGreaterThan(0);
        assertThat(page.locator("#table-decisions-by-category").textContent()).contains("Copyright infringement");
        Browser.screenshot(page, "transparency-report-scenario-en");
        switchesLanguage(page);
        page.click(".lang a[hreflang=ru]");
        page.waitForURL(u -> u.contains("lang=ru"));
        page.waitForFunction(CHART_READY);
        assertThat((Integer) page.evaluate(FIRST_SERIES_PIXELS, "#decisions-by-category canvas"))
                .as("bars drawn again in Russian").isGreaterThan(50);
        assertThat(page.locator("#table-decisions-by-category").textContent()).contains("Нарушение авторских прав");
    }

    /**
     * Switches the page to Russian, Kazakh and back to English with the header's links: each time the
     * document's language and its heading change, the address and its query (but for lang) stay.
     */
    private static void switchesLanguage(Page page) {
        URI before = URI.create(page.url());
        String english = page.locator("h1").textContent();
        for (String language : List.of("ru", "kk", "en")) {
            page.click(".lang a[hreflang=" + language + "]");
            page.waitForURL(u -> u.contains("lang=" + language));
            URI after = URI.create(page.url());
            assertThat(page.locator("html").getAttribute("lang")).isEqualTo(language);
            assertThat(after.getPath()).isEqualTo(before.getPath());
            assertThat(queryWithoutLanguage(after)).as("query kept on " + before).isEqualTo(queryWithoutLanguage(before));
            if (language.equals("en")) {
                assertThat(page.locator("h1").textContent()).isEqualTo(english);
            } else {
                assertThat(page.locator("h1").textContent()).as("heading in " + language).isNotEqualTo(english);
            }
        }
    }

    private static List<String> queryWithoutLanguage(URI uri) {
        return uri.getRawQuery() == null ? List.of() : Arrays.stream(uri.getRawQuery().split("&"))
                .filter(pair -> !pair.startsWith("lang=")).toList();
    }

    private void signIn(Page page, String user, String password) {
        page.navigate(url("/login"));
        page.getByLabel("User name").fill(user);
        page.getByLabel("Password").fill(password);
        page.locator("main").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(url("/"));
        switchesLanguage(page);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static String find(String regex, String text) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as(regex + " in " + text).isTrue();
        return matcher.group(1);
    }
}
