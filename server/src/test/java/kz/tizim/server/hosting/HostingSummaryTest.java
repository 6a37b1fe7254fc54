package kz.tizim.server.hosting;

import static org.assertj.core.api.Assertions.assertThat;

import kz.tizim.server.demo.DemoData;
import kz.tizim.server.support.Http;
import kz.tizim.server.support.TizimSpringBootTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The case page shows where a site is hosted and, for a foreign host, points to the cross-border path. */
@TizimSpringBootTest
class HostingSummaryTest {

    @LocalServerPort
    int port;

    @Autowired
    DemoData demoData;

    @BeforeEach
    void demo() {
        demoData.ensureLoaded();
    }

    @Test
    void aForeignDemoSiteShowsItsCountryAndTheCrossBorderPath() {
        Http reviewer = new Http(port);
        reviewer.login("reviewer", "reviewer-demo");

        var summary = reviewer.get("/hosting/summary?host=pirate-films.example");

        assertThat(summary.statusCode()).isEqualTo(200);
        assertThat(summary.body()).contains("id=\"hosting-summary\"").contains("NL")
                .contains("Hosted abroad (NL)").doesNotContain("<html");
    }

    @Test
    void aComplainantCannotSeeHostingFacts() {
        Http complainant = new Http(port);
        complainant.login("rights", "rights-demo");

        assertThat(complainant.get("/hosting/summary?host=pirate-films.example").statusCode()).isEqualTo(403);
    }
}
