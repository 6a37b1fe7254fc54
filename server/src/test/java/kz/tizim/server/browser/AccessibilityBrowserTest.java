package kz.tizim.server.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import org.assertj.core.api.SoftAssertions;
import java.util.List;
import kz.tizim.server.demo.DemoCredentials;
import kz.tizim.server.demo.DemoData;
import kz.tizim.server.support.Accessibility;
import kz.tizim.server.support.Browser;
import kz.tizim.server.support.TizimSpringBootTest;
import kz.tizim.server.transparency.PublicDecisionFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * axe-core on the pages people use most, as they are shown in each language: the public lookup with
 * an answer, a public decision, the transparency report with its charts, and, signed in, the review
 * queue, a case, the decision editor and the legal catalogue with its matrix.
 */
@TizimSpringBootTest
@TestPropertySource(properties = "tizim.test.context=accessibility")
class AccessibilityBrowserTest {

    /** The outermost elements that reach past the right edge of the screen, to say what to fix. */
    private static final String WIDEST = """
            () => [...document.querySelectorAll('body *')]
              .filter(e => e.getBoundingClientRect().right > window.visualViewport.width + 1)
              .filter(e => !e.parentElement.closest('*') || e.parentElement.getBoundingClientRect().right
                  <= window.visualViewport.width + 1)
              .slice(0, 5)
              .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '')
                  + ' ' + Math.round(e.getBoundingClientRect().right) + 'px')
              .join(', ')""";

    /**
     * Table scroll boxes that are not a focusable, named region (a keyboard user could not scroll
     * them, a screen reader would not say what they hold), whether or not they overflow right now.
     */
    private static final String UNLABELLED_SCROLL_BOXES = """
            () => [...document.querySelectorAll('.table-wrap')]
              .filter(e => e.getAttribute('role') !== 'region' || e.tabIndex !== 0
                  || !((e.getAttribute('aria-label') || '').trim()
                      || (e.getAttribute('aria-labelledby') && document.getElementById(e.getAttribute('aria-labelledby'))
                          && document.getElementById(e.getAttribute('aria-labelledby')).textContent.trim())))
              .map(e => e.outerHTML.slice(0, 120))""";

    @LocalServerPort
    int port;

    @Autowired
    DemoData demoData;

    @Autowired
    JdbcClient jdbc;

    @Test
    void mainPagesHaveNoSeriousAccessibilityViolationsInAnyLanguage() {
        DemoCredentials credentials = demoData.ensureLoaded();
        String decision = new PublicDecisionFixture(port, credentials).issue("TERRORISM_PROPAGANDA", "KZ-CC-256",
                "https://channel.example/post/17", "Channel Admin", "admin@channel.example",
                "The post calls for an act of terrorism.");
        long caseId = jdbc.sql("SELECT id FROM review_case WHERE decision = ?").param(decision).query(Long.class).single();

        List<String> publicPages = List.of("/lookup?q=https://channel.example/post/17", "/lookup?q=film.example",
                "/public/decisions/" + decision, "/transparency", "/public/open-data", "/login");
        List<String> consolePages = List.of("/", "/review", "/review/cases/" + caseId,
                "/decisions/cases/" + caseId + "/draft", "/decisions/" + decision, "/catalogue", "/catalogue/matrix",
                "/complaints/new", "/catalogue/proposals", "/catalogue/check?basis=KZ-CC-256&country=DE",
                "/hosting?host=channel.example", "/account/tokens");
        List<String> failures = new ArrayList<>();
        try (Browser browser = Browser.launch()) {
            for (String language : List.of("kk", "ru", "en")) {
                Page page = browser.newPage(language);
                for (String path : publicPages) {
                    check(page, path, language, failures);
                }
                signIn(page, "legal", "legal-demo");
                for (String path : consolePages) {
                    check(page, path, language, failures);
                }
                page.context().close();
            }
        }
        assertThat(failures).as("serious accessibility violations").isEmpty();
    }

    @Test
    void pagesFitAPhoneWithoutScrollingSideways() {
        DemoCredentials credentials = demoData.ensureLoaded();
        String decision = new PublicDecisionFixture(port, credentials).issue("TERRORISM_PROPAGANDA", "KZ-CC-256",
                "https://channel.example/post/18", "Channel Admin", "admin@channel.example",
                "The post calls for an act of terrorism.");
        long caseId = jdbc.sql("SELECT id FROM review_case WHERE decision = ?").param(decision).query(Long.class).single();
        List<String> overflowing = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        try (Browser browser = Browser.launch()) {
            Page page = browser.newPhonePage("ru");
            for (String path : List.of("/lookup?q=https://channel.example/post/18", "/public/decisions/" + decision,
                    "/transparency", "/login")) {
                fitsAPhone(page, path, overflowing, failures);
            }
            signIn(page, "legal", "legal-demo");
            for (String path : List.of("/", "/review", "/review/cases/" + caseId, "/decisions/cases/" + caseId + "/draft",
                    "/decisions/" + decision, "/catalogue", "/catalogue/matrix")) {
                fitsAPhone(page, path, overflowing, failures);
            }
            page.navigate(url("/catalogue/matrix"));
            Browser.screenshot(page, "catalogue-matrix-phone-ru");
        }
        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(overflowing).as("pages wider than the phone").isEmpty();
            softly.assertThat(failures).as("serious accessibility violations").isEmpty();
        });
    }

    @Test
    void keyboardUserSkipsTheHeaderAndSeesWhereFocusIs() {
        try (Browser browser = Browser.launch()) {
            Page page = browser.newPage("en");
            page.navigate(url("/lookup"));

            page.keyboard().press("Tab");
            assertThat(page.evaluate("() => document.activeElement.className")).isEqualTo("skip");
            assertThat(page.evaluate("() => document.activeElement.textContent")).isEqualTo("Skip to content");
            assertThat((Integer) page.evaluate("() => Math.round(document.activeElement.getBoundingClientRect().left)"))
                    .as("the focused skip link is on screen").isGreaterThanOrEqualTo(0);
            assertThat(page.evaluate("() => getComputedStyle(document.activeElement).color"))
                    .as("the focused skip link is readable on its white box").isEqualTo("rgb(0, 85, 140)");
            Browser.screenshot(page, "skip-link-en");

            page.keyboard().press("Enter");
            page.keyboard().press("Tab");
            assertThat(page.evaluate("() => document.activeElement.id")).as("focus moves on inside the content").isEqualTo("q");
            assertThat(page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")).isEqualTo("solid");
        }
    }

    @Test
    void axeReportsAFieldWithoutLabelAndAnImageWithoutText() {
        try (Browser browser = Browser.launch()) {
            Page page = browser.newPage("en");
            page.navigate(url("/login"));
            Accessibility.assertNoSeriousViolations(page, "the login page");
            page.evaluate("() => document.querySelector('main').insertAdjacentHTML('beforeend',"
                    + " '<input id=\"unnamed\"><img src=\"/favicon.ico\">')");

            assertThatThrownBy(() -> Accessibility.assertNoSeriousViolations(page, "the login page, spoilt"))
                    .hasMessageContaining("CRITICAL label:").hasMessageContaining("#unnamed")
                    .hasMessageContaining("CRITICAL image-alt:");
        }
    }

    private void fitsAPhone(Page page, String path, List<String> overflowing, List<String> failures) {
        page.navigate(url(path));
        int scrollWidth = (Integer) page.evaluate("() => document.scrollingElement.scrollWidth");
        int screenWidth = page.viewportSize().width;
        if (scrollWidth > screenWidth || (Integer) page.evaluate("() => window.innerWidth") > screenWidth) {
            overflowing.add(path + ": " + scrollWidth + "px wide on a " + screenWidth + "px screen, widest: "
                    + page.evaluate(WIDEST));
        }
        try {
            Accessibility.assertNoSeriousViolations(page, path + " on a phone");
        } catch (AssertionError e) {
            failures.add(e.getMessage());
        }
    }

    private void check(Page page, String path, String language, List<String> failures) {
        page.navigate(url(path + (path.contains("?") ? "&" : "?") + "lang=" + language));
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo(language);
        if (path.equals("/transparency")) {
            page.waitForFunction("() => typeof Chart !== 'undefined'"
                    + " && Chart.getChart(document.querySelector('#decisions-by-category canvas')) !== undefined");
        }
        try {
            Accessibility.assertNoSeriousViolations(page, path + " in " + language);
        } catch (AssertionError e) {
            failures.add(e.getMessage());
        }
        Object unlabelled = page.evaluate(UNLABELLED_SCROLL_BOXES);
        if (!((List<?>) unlabelled).isEmpty()) {
            failures.add(path + " in " + language + ": table scroll boxes the keyboard cannot reach or that have no"
                    + " name: " + unlabelled);
        }
    }

    private void signIn(Page page, String user, String password) {
        page.navigate(url("/login"));
        page.fill("#username", user);
        page.fill("#password", password);
        page.click("main button[type=submit]");
        page.waitForURL(url("/"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
