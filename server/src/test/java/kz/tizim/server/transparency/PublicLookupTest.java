package kz.tizim.server.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import kz.tizim.server.demo.DemoData;
import kz.tizim.server.register.RegisterDemo;
import kz.tizim.server.support.Http;
import kz.tizim.server.support.TizimSpringBootTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What anyone, without logging in, learns from "is this address restricted?". */
@TizimSpringBootTest
class PublicLookupTest {

    @LocalServerPort
    int port;

    @Autowired
    DemoData demoData;

    @Autowired
    RegisterDemo registerDemo;

    Http http;

    @BeforeEach
    void setUp() {
        demoData.ensureLoaded();
        registerDemo.ensureLoaded();
        http = new Http(port);
    }

    @Test
    void aRestrictedAddressShowsItsCanonicalFormDecisionBasisWithReviewStatusDatesAndAppeal() {
        var page = lookup("HTTP://WWW.Kino-Pirat.example:80/film/../film/42", "en");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Checked as").contains("<code>http://www.kino-pirat.example/film/42</code>")
                .contains("This address is restricted").contains("TZ-2026-000102").contains("Tizim register authority")
                .contains("<code>domain-tree kino-pirat.example</code>").contains("KZ-CC-198")
                .contains("Criminal Code of the Republic of Kazakhstan of 3 July 2014 No. 226-V, art. 198")
                .contains("not yet checked by a lawyer").contains("Copyright infringement")
                .contains("Restricted since").contains("until lifted").contains("How to appeal")
                .contains("The statement of reasons of this decision is not published online.");
    }

    @Test
    void anAddressOutsideTheRegisterIsNotRestricted() {
        var page = lookup("Bank.Example", "en");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Not restricted: bank.example is not covered by any restriction in force.")
                .doesNotContain("TZ-2026-");
    }

    @Test
    void aCsamMatchAnswersOnlyItsCategory() {
        var page = lookup("http://hidden-gallery.example/a/9f3c", "en");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("This address is restricted under the category: Child sexual abuse material.")
                .doesNotContain("hidden-gallery").doesNotContain("TZ-2026-000108").doesNotContain("KZ-CC-312")
                .doesNotContain("Checked as");
    }

    @Test
    void invalidInputGetsAReadableMessageInThePage() {
        var page = lookup("http://exa mple..com/", "en");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("is not a URL, domain name or IP address").contains("<form")
                .doesNotContain("Exception").doesNotContain("This address is restricted");
        assertThat(lookup("x".repeat(3000) + ".kz", "en").body()).contains("is not a URL, domain name or IP address");
    }

    @Test
    void aDecisionOrderedThroughTheWorkflowIsFoundWithALinkToItsPublicPage() {
        String decision = new PublicDecisionFixture(port, demoData.ensureLoaded()).issue("TERRORISM_PROPAGANDA",
                "KZ-CC-256", "https://channel.example/post/77", "Channel Admin", "admin@channel.example",
                "The post calls for an act of terrorism.");

        var page = lookup("https://channel.example/post/77", "en");

        assertThat(page.body()).contains(decision).contains("href=\"/public/decisions/" + decision + "\"")
                .contains("KZ-CC-256").contains("Immediate (applied within 1 hour");
    }

    @Test
    void speaksKazakhAndRussian() {
        assertThat(lookup("bank.example", "kk").body()).contains("Бұл мекенжайға қолжетімділік шектелген бе?")
                .contains("Шектелмеген: bank.example");
        assertThat(lookup("casino-royale.example", "ru").body()).contains("Доступ к этому адресу ограничен")
                .contains("TZ-2026-000101").contains("Незаконные азартные игры");
    }

    private java.net.http.HttpResponse<String> lookup(String query, String language) {
        return http.get("/lookup?lang=" + language + "&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }
}
