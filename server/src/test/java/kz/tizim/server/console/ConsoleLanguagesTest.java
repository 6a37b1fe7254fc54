package kz.tizim.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import kz.tizim.server.support.Http;
import kz.tizim.server.support.TizimSpringBootTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@TizimSpringBootTest
class ConsoleLanguagesTest {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @CsvSource({
            "kk, Кіру, Құпиясөз",
            "ru, Вход, Пароль",
            "en, Sign in, Password"})
    void loginPageSpeaksTheChosenLanguage(String language, String title, String passwordLabel) {
        var page = new Http(port).get("/login?lang=" + language);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>" + title + "</h1>").contains(passwordLabel)
                .contains("lang=\"" + language + "\"");
    }

    @Test
    void browserLanguageIsUsedWhenNoneWasChosen() {
        var page = new Http(port).get("/login", "Accept-Language", "ru-RU,ru;q=0.9");

        assertThat(page.body()).contains("<h1>Вход</h1>");
    }

    @Test
    void chosenLanguageIsRememberedAcrossPages() {
        Http browser = new Http(port);
        browser.get("/login?lang=kk");

        var next = browser.get("/login", "Accept-Language", "en");

        assertThat(next.body()).contains("<h1>Кіру</h1>");
    }

    @Test
    void languageSwitchKeepsThePageQuery() {
        var page = new Http(port).get("/lookup?q=kino.example%2Ffilm%3Fid%3D7&lang=en");

        assertThat(page.body()).contains("href=\"?q=kino.example%2Ffilm%3Fid%3D7&amp;lang=kk\" hreflang=\"kk\"")
                .contains("href=\"?q=kino.example%2Ffilm%3Fid%3D7&amp;lang=ru\" hreflang=\"ru\"")
                .contains("href=\"?q=kino.example%2Ffilm%3Fid%3D7&amp;lang=en\" hreflang=\"en\"");
    }

    @Test
    void languageSwitchWithoutQueryOnlySetsTheLanguage() {
        var page = new Http(port).get("/login");

        assertThat(page.body()).contains("href=\"?lang=ru\" hreflang=\"ru\"");
    }

    @Test
    void unsupportedLanguageFallsBackToKazakh() {
        var page = new Http(port).get("/login", "Accept-Language", "de");

        assertThat(page.body()).contains("<h1>Кіру</h1>");
    }

    @Test
    void apiErrorsAreProblemDetails() {
        var response = new Http(port).get("/api/v1/me");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":401");
    }
}
