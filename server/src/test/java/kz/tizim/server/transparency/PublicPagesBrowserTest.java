package kz.tizim.server.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import kz.tizim.server.demo.DemoData;
import kz.tizim.server.support.Browser;
import kz.tizim.server.support.TizimSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A visitor, not logged in, checks an address, reads the transparency report with its charts drawn
 * by Chart.js (under the real CSP) and switches language on every page, in a real browser.
 */
@TizimSpringBootTest
class PublicPagesBrowserTest {

    /** Counts the pixels of the canvas drawn in the first series' colour (#00558c). */
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

    @LocalServerPort
    int port;

    @Autowired
    DemoData demoData;

    @Test
    void visitorLooksUpAnAddressAndReadsTheReportInThreeLanguages() {
        String decision = new PublicDecisionFixture(port, demoData.ensureLoaded()).issue("TERRORISM_PROPAGANDA",
                "KZ-CC-256", "https://channel.example/post/90", "Channel Admin", "admin@channel.example",
                "The post calls for an act of terrorism.");
        try (Browser browser = Browser.launch()) {
            Page page = browser.newPage("en-GB");
            page.navigate(url("/lookup"));
            assertThat(page.locator("h1").textContent()).isEqualTo("Is this address restricted?");
            page.getByLabel("URL, domain or IP address").fill("HTTPS://Channel.Example/post/90");
            page.click("form[role=search] button[type=submit]");
            assertThat(page.locator("#lookup-canonical code").textContent()).isEqualTo("https://channel.example/post/90");
            assertThat(page.locator("#lookup-answer").textContent()).contains(decision).contains("KZ-CC-256");
            Browser.screenshot(page, "public-lookup-en");

            page.click("a[hreflang=kk]");
            assertThat(page.locator("html").getAttribute("lang")).isEqualTo("kk");
            assertThat(page.locator("h1").textContent()).isEqualTo("Бұл мекенжайға қолжетімділік шектелген бе?");

            page.click("a[href='/transparency']");
            assertThat(page.locator("h1").textContent()).isEqualTo("Ашықтық есебі");
            page.click("a[hreflang=en]");
            assertThat(page.locator("h1").textContent()).isEqualTo("Transparency report");
            page.waitForFunction("() => typeof Chart !== 'undefined' && Chart.getChart(document.querySelector("
                    + "'#decisions-by-category canvas')) !== undefined");
            assertThat((Integer) page.evaluate(FIRST_SERIES_PIXELS, "#decisions-by-category canvas"))
                    .as("bars drawn on the canvas").isGreaterThan(50);
            assertThat(page.locator("#table-decisions-by-category tbody tr").count()).isGreaterThan(0);
            assertThat(page.locator("#table-decisions-by-category").textContent()).contains("Terrorism propaganda");
            Browser.screenshot(page, "transparency-report-en");

            page.click("a[hreflang=ru]");
            assertThat(page.locator("h1").textContent()).isEqualTo("Отчёт о прозрачности");
            page.waitForFunction("() => typeof Chart !== 'undefined' && Chart.getChart(document.querySelector("
                    + "'#decisions-by-category canvas')) !== undefined");
            assertThat((Integer) page.evaluate(FIRST_SERIES_PIXELS, "#decisions-by-category canvas")).isGreaterThan(50);

            page.navigate(url("/public/decisions/" + decision));
            assertThat(page.locator("h1").textContent()).contains(decision);
            page.click("a[hreflang=kk]");
            assertThat(page.locator("html").getAttribute("lang")).isEqualTo("kk");
            assertThat(page.locator("#statement").textContent()).contains("Қазақстан");
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
