package kz.tizim.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import kz.tizim.server.demo.DemoData;
import kz.tizim.server.support.Browser;
import kz.tizim.server.support.TizimSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A person opens the console in English, switches to Kazakh and signs in, in a real browser. */
@TizimSpringBootTest
class LoginInKazakhBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    DemoData demoData;

    @Test
    void reviewerSwitchesToKazakhAndSignsIn() {
        demoData.ensureLoaded();
        try (Browser browser = Browser.launch()) {
            Page page = browser.newPage("en-GB");
            page.navigate("http://localhost:" + port + "/login");
            assertThat(page.locator("h1").textContent()).isEqualTo("Sign in");
            Browser.screenshot(page, "login-en");

            page.click("a[hreflang=kk]");
            assertThat(page.locator("h1").textContent()).isEqualTo("Кіру");
            assertThat(page.locator("html").getAttribute("lang")).isEqualTo("kk");
            Browser.screenshot(page, "login-kk");

            page.getByLabel("Пайдаланушы аты").fill("reviewer");
            page.getByLabel("Құпиясөз").fill("reviewer-demo");
            page.click("button[type=submit]");

            page.waitForURL("http://localhost:" + port + "/");
            assertThat(page.locator("h1").textContent()).isEqualTo("Қош келдіңіз, reviewer");
            assertThat(page.locator("[data-role=REVIEWER] h3").textContent()).isEqualTo("Қараушы");
            Browser.screenshot(page, "home-kk");
        }
    }
}
