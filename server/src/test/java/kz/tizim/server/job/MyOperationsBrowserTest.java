package kz.tizim.server.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import kz.tizim.server.demo.DemoData;
import kz.tizim.server.support.Accessibility;
import kz.tizim.server.support.Browser;
import kz.tizim.server.support.TizimSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A reviewer asks for an open-data export, goes elsewhere, signs out, signs in again, finds it done
 * under "My operations" and downloads it, in a real browser; axe-core finds nothing serious on the
 * page in any language.
 */
@TizimSpringBootTest
class MyOperationsBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    DemoData demoData;

    @Autowired
    JdbcClient jdbc;

    @Test
    void reviewerStartsAnExportLeavesAndDownloadsItLater() throws Exception {
        demoData.ensureLoaded();
        String today = LocalDate.now(ZoneId.of("Asia/Almaty")).toString();
        int changes = jdbc.sql("""
                INSERT INTO register_version (serial, recorded_at, change, locator_kind, locator, locator_sha256,
                    decision, category, legal_basis, urgency, starts_at, published)
                SELECT (SELECT coalesce(max(serial), 0) FROM register_version) + n, now(), 'ORDERED', 'domain',
                       'browser-' || n || '.example', encode(sha256(('browser-' || n)::bytea), 'hex'),
                       'TZ-2026-009998', 'GAMBLING', 'KZ-CC-307', 'ORDINARY', now(), TRUE
                FROM generate_series(1, 5000) n""").update();
        // The register's head moves with them, so test classes sharing this database append after them.
        jdbc.sql("UPDATE register_head SET serial = (SELECT max(serial) FROM register_version)").update();
        long total = jdbc.sql("SELECT count(*) FROM register_version WHERE recorded_at >= ?::date::timestamp"
                + " AT TIME ZONE 'Asia/Almaty'").param(today).query(Long.class).single();
        try (Browser browser = Browser.launch()) {
            Page page = browser.newPage("en-GB");
            signIn(page);

            page.click("nav.main-nav >> text=My operations");
            assertThat(page.locator("h1").textContent()).isEqualTo("My operations");
            Locator form = page.locator("#start-open-data-export");
            form.getByLabel("Dataset").selectOption("register-changes");
            form.getByLabel("Format").selectOption("csv");
            form.getByLabel("First day").fill(today);
            form.getByLabel("Last day (included)").fill(today);
            form.locator("button[type=submit]").click();
            page.waitForURL("**/operations#job-*");
            String id = page.url().replaceAll(".*#job-", "");
            Locator row = page.locator("#job-" + id);
            assertThat(row.textContent()).contains("Open-data dump of a period")
                    .contains("tizim-register-changes-" + today + "--" + today + ".csv.gz");

            page.click("a[href='/transparency']");
            page.click("nav.main-nav form button[type=submit]"); // sign out
            page.waitForURL("**/login?logout");
            signIn(page);
            page.click("nav.main-nav >> text=My operations");

            Locator done = page.locator("#job-" + id + "[data-state=DONE]");
            done.waitFor();
            assertThat(page.locator("label[for=job-progress-" + id + "]").textContent()).isEqualTo("Done");
            assertThat(page.locator("#job-progress-" + id).getAttribute("value")).isEqualTo("100");
            assertThat(changes).isEqualTo(5000);
            assertThat(done.locator(".job-count").textContent())
                    .isEqualTo(String.format(Locale.ENGLISH, "%,d of %,d records written", total, total));
            Browser.screenshot(page, "my-operations-en");
            Download download = page.waitForDownload(() -> done.getByText("Download").click());
            assertThat(download.suggestedFilename()).isEqualTo("tizim-register-changes-" + today + "--" + today + ".csv.gz");
            try (InputStream in = new GZIPInputStream(Files.newInputStream(download.path()))) {
                String csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertThat(csv).startsWith("serial,recorded_at,change,locator_kind,locator,locator_sha256,decision")
                        .contains(",ORDERED,domain,browser-5000.example,");
                assertThat(csv.lines()).hasSize((int) total + 1);
            }

            Accessibility.assertNoSeriousViolations(page, "/operations in en");
            page.click("a[hreflang=kk]");
            assertThat(page.locator("h1").textContent()).isEqualTo("Менің операцияларым");
            assertThat(page.locator("label[for=job-progress-" + id + "]").textContent()).isEqualTo("Дайын");
            Accessibility.assertNoSeriousViolations(page, "/operations in kk");
            page.click("a[hreflang=ru]");
            assertThat(page.locator("label[for=job-progress-" + id + "]").textContent()).isEqualTo("Готово");
            Accessibility.assertNoSeriousViolations(page, "/operations in ru");
        }
    }

    private void signIn(Page page) {
        page.navigate("http://localhost:" + port + "/login?lang=en");
        page.getByLabel("User name").fill("reviewer");
        page.getByLabel("Password").fill("reviewer-demo");
        page.click("main button[type=submit]");
        page.waitForURL("http://localhost:" + port + "/");
    }
}
