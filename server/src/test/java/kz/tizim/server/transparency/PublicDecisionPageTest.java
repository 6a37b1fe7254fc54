package kz.tizim.server.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import kz.tizim.server.demo.DemoData;
import kz.tizim.server.support.Http;
import kz.tizim.server.support.TizimSpringBootTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The public decision page: the statement of reasons for anyone, redacted by the publishing rules. */
@TizimSpringBootTest
class PublicDecisionPageTest {

    @LocalServerPort
    int port;

    @Autowired
    DemoData demoData;

    PublicDecisionFixture decisions;
    Http anonymous;

    @BeforeEach
    void setUp() {
        decisions = new PublicDecisionFixture(port, demoData.ensureLoaded());
        anonymous = new Http(port);
    }

    @Test
    void showsTheStatementOfReasonsWithoutTheOwnersNameContactsOrIdentityNumber() {
        String number = decisions.issue("TERRORISM_PROPAGANDA", "KZ-CC-256", "https://channel.example/post/78",
                "Aigerim Seitkali", "aigerim@mail.example",
                "Aigerim Seitkali (aigerim@mail.example, +7 701 123 45 67, IIN 900101300123) runs the channel;"
                        + " the post calls for an act of terrorism.");

        var page = anonymous.get("/public/decisions/" + number + "?lang=en");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Decision " + number).contains("<code>url https://channel.example/post/78</code>")
                .contains("[…] ([…], […], IIN […]) runs the channel; the post calls for an act of terrorism.")
                .contains("KZ-CC-256").contains("not yet checked by a lawyer").contains("state agency")
                .contains("Republic of Kazakhstan (access from networks in Kazakhstan)")
                .doesNotContain("Aigerim").doesNotContain("aigerim@").doesNotContain("701 123")
                .doesNotContain("900101300123").doesNotContain("legal2");
    }

    @Test
    void neverShowsTheLocatorOfACsamDecisionNeitherAsScopeNorInTheFacts() {
        String number = decisions.issue("CSAM", "KZ-CC-312", "http://abuse-pics.example/g/1", "Unknown", "abuse@host.example",
                "Images found at http://abuse-pics.example/g/1, hosted under abuse-pics.example, were classified by the agency.");

        var page = anonymous.get("/public/decisions/" + number + "?lang=en");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Decision " + number).contains("Not shown for this category.")
                .contains("Images found at […], hosted under […], were classified by the agency.")
                .doesNotContain("abuse-pics");
    }

    @Test
    void anUnknownOrMalformedNumberIsNotFound() {
        assertThat(anonymous.get("/public/decisions/TZ-1999-999999").statusCode()).isEqualTo(404);
        assertThat(anonymous.get("/public/decisions/not-a-number").statusCode()).isEqualTo(404);
    }
}
