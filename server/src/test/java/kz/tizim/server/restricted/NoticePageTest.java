package kz.tizim.server.restricted;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import kz.tizim.server.register.RegisterDemo;
import kz.tizim.server.support.Http;
import kz.tizim.server.support.TizimSpringBootTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What a visitor sent to the notice page sees (RFC 7725), in their language. */
@TizimSpringBootTest
class NoticePageTest {

    @LocalServerPort
    int port;

    @Autowired
    RegisterDemo registerDemo;

    Http http;

    @BeforeEach
    void setUp() {
        registerDemo.ensureLoaded();
        http = new Http(port);
    }

    @Test
    void aRestrictedUrlAnswers451WithTheDecisionAndHowToAppeal() {
        var page = http.get("/restricted?url=" + encode("http://www.kino-pirat.example/film/42"), "Accept-Language", "en");

        assertThat(page.statusCode()).isEqualTo(451);
        assertThat(page.headers().firstValue("Link")).hasValueSatisfying(
                link -> assertThat(link).endsWith("; rel=\"blocked-by\""));
        assertThat(page.body()).contains("TZ-2026-000102").contains("KZ-CC-198").contains("Copyright infringement")
                .contains("How to appeal").contains("http://www.kino-pirat.example/film/42");
    }

    @Test
    void speaksKazakhAndRussianByAcceptLanguage() {
        var kazakh = http.get("/restricted/host/casino-royale.example", "Accept-Language", "kk-KZ,kk;q=0.9");
        var russian = http.get("/restricted/host/casino-royale.example", "Accept-Language", "ru-RU,ru;q=0.9");

        assertThat(kazakh.statusCode()).isEqualTo(451);
        assertThat(kazakh.body()).contains("Бұл ресурсқа қолжетімділік заң бойынша шектелген").contains("Заңсыз құмар ойындар");
        assertThat(russian.body()).contains("Доступ к этому ресурсу ограничен по закону").contains("Как обжаловать");
    }

    @Test
    void aCsamEntryIsNoticedWithoutShowingItsAddress() {
        var page = http.get("/restricted?url=" + encode("http://hidden-gallery.example/a/9f3c"), "Accept-Language", "en");

        assertThat(page.statusCode()).isEqualTo(451);
        assertThat(page.body()).contains("TZ-2026-000108").contains("The address is not shown")
                .doesNotContain("hidden-gallery");
    }

    @Test
    void anAddressNotInTheRegisterIsNotRestricted() {
        var page = http.get("/restricted?url=" + encode("https://bank.example/"), "Accept-Language", "en");
        var ip = http.get("/restricted/host/192.0.2.66", "Accept-Language", "en");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("is not restricted by the register").doesNotContain("TZ-2026");
        assertThat(ip.statusCode()).isEqualTo(451);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
