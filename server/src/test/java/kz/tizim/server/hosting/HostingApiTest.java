package kz.tizim.server.hosting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import kz.tizim.core.account.Actor;
import kz.tizim.core.account.OrganisationId;
import kz.tizim.core.account.Role;
import kz.tizim.core.proportionality.HostingFact;
import kz.tizim.core.proportionality.HostingFacts;
import kz.tizim.match.locator.Locator;
import kz.tizim.match.locator.LocatorKind;
import kz.tizim.server.account.AccountsJdbcRepository;
import kz.tizim.server.account.ApiTokens;
import kz.tizim.server.demo.DemoCredentials;
import kz.tizim.server.demo.DemoData;
import kz.tizim.server.support.Http;
import kz.tizim.server.support.TizimSpringBootTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Hosting facts over the API and the console, in demo mode with the demo fixture. */
@TizimSpringBootTest
class HostingApiTest {

    @LocalServerPort
    int port;

    @Autowired
    DemoData demoData;

    @Autowired
    ApiTokens tokens;

    @Autowired
    AccountsJdbcRepository accounts;

    @Autowired
    HostingFacts proportionality;

    Http http;
    DemoCredentials credentials;
    String regulatorToken;

    @BeforeEach
    void demo() {
        credentials = demoData.ensureLoaded();
        http = new Http(port);
        OrganisationId regulator = accounts.findOrganisationByName("Tizim Regulator (demo)").orElseThrow().id();
        Actor admin = new Actor("admin", regulator, Set.of(Role.ADMIN), Actor.Kind.PERSON);
        regulatorToken = tokens.issue(admin, regulator, "hosting test").secret();
    }

    private String token(String organisation) {
        return credentials.tokens().stream().filter(t -> t.organisation().equals(organisation)).findFirst()
                .orElseThrow().secret();
    }

    private static String[] bearer(String token) {
        return new String[] {"Authorization", "Bearer " + token, "Accept-Language", "en"};
    }

    @Test
    void demoSiteAbroadIsMarkedDemoAndTakesTheCrossBorderPath() {
        var response = http.get("/api/v1/hosting/pirate-films.example", bearer(regulatorToken));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"demo\":true").contains("\"country\":\"NL\"")
                .contains("\"asn\":\"AS64500\"").contains("\"path\":\"CROSS_BORDER\"").contains("\"source\":\"DEMO\"")
                .contains("\"bogon\":true").contains("db-ip.com");
    }

    @Test
    void cdnFrontedDemoSiteShowsTheCdnAndTheOtherSitesOnItsAddress() {
        var response = http.get("/api/v1/hosting/steppe-news.example", bearer(regulatorToken));

        assertThat(response.body()).contains("\"cdn\":true").contains("\"registrableDomainsSeen\":3")
                .contains("\"sharedWithOthers\":true").contains("\"finding\":\"CDN_ONLY\"");
    }

    @Test
    void domesticDemoSiteTakesTheDomesticPath() {
        var response = http.get("/api/v1/hosting/qazaq-casino.test", bearer(regulatorToken));

        assertThat(response.body()).contains("\"path\":\"DOMESTIC\"").contains("\"country\":\"KZ\"");
    }

    @Test
    void privateAddressIsNeverAttributed() {
        var response = http.get("/api/v1/hosting/10.1.2.3", bearer(regulatorToken));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"bogon\":true").contains("private network (RFC 1918)")
                .contains("\"country\":null").contains("\"path\":\"UNDETERMINED\"");
    }

    @Test
    void complainantAndIspTokensAreRefused() {
        for (String organisation : new String[] {"Qazaq Film Rights Association (demo)", "KazNet Telecom (demo)"}) {
            var read = http.get("/api/v1/hosting/pirate-films.example", bearer(token(organisation)));
            var write = http.postJson("/api/v1/hosting/pirate-films.example/jurisdiction",
                    "{\"country\":\"KZ\",\"organisation\":\"x\",\"reason\":\"y\"}", bearer(token(organisation)));

            assertThat(read.statusCode()).as(organisation).isEqualTo(403);
            assertThat(read.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(read.body()).doesNotContain("AS64500");
            assertThat(write.statusCode()).as(organisation).isEqualTo(403);
        }
    }

    @Test
    void reviewerCorrectsTheJurisdictionAndTheCorrectionIsAudited() {
        var corrected = http.postJson("/api/v1/hosting/propaganda.test/jurisdiction",
                "{\"country\":\"kz\",\"organisation\":\"PS Internet Company (demo)\","
                        + "\"reason\":\"The site moved; its operator confirmed the new host in writing.\"}",
                bearer(regulatorToken));
        var audit = http.get("/api/v1/audit/events?limit=20", bearer(regulatorToken));

        assertThat(corrected.statusCode()).isEqualTo(200);
        assertThat(corrected.body()).contains("\"path\":\"DOMESTIC\"").contains("\"finding\":\"CORRECTED\"")
                .contains("PS Internet Company (demo)").contains("\"countries\":[\"DE\"]");
        assertThat(audit.body()).contains("HOSTING_JURISDICTION_CORRECTED").contains("host:propaganda.test");
    }

    @Test
    void correctionWithoutAReasonIsAProblem() {
        var response = http.postJson("/api/v1/hosting/propaganda.test/jurisdiction",
                "{\"country\":\"KZ\",\"organisation\":\"X\",\"reason\":\"  \"}", bearer(regulatorToken));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("reason");
    }

    @Test
    void consolePageShowsTheFactsInKazakhWithAttribution() {
        http.login("reviewer", "reviewer-demo");

        var page = http.get("/hosting?host=pirate-films.example&lang=kk", "Accept-Language", "kk");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Хостинг туралы мәліметтер").contains("Трансшекаралық")
                .contains("Demo Hosting NL B.V. (demo)").contains("https://db-ip.com")
                .contains("Юрисдикцияны түзету");
    }

    @Test
    void consoleRefusesComplainants() {
        http.login("rights", "rights-demo");

        var page = http.get("/hosting?host=pirate-films.example");

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).doesNotContain("AS64500");
    }

    @Test
    void proportionalityPolicySeesTheCdnAndTheNeighbours() {
        HostingFact cdn = proportionality.about(Locator.of(LocatorKind.IP, "192.0.2.80"), "steppe-news.example")
                .orElseThrow();
        HostingFact shared = proportionality.about(Locator.of(LocatorKind.CIDR, "203.0.113.0/24"), "pirate-films.example")
                .orElseThrow();
        HostingFact alone = proportionality.about(Locator.of(LocatorKind.IP, "198.51.100.7"), "propaganda.test")
                .orElseThrow();

        assertThat(cdn.cdn()).isTrue();
        assertThat(shared.servesSite()).isTrue();
        assertThat(shared.otherRegistrableDomains()).isEqualTo(1);
        assertThat(alone).isEqualTo(new HostingFact(true, 0, false));
        assertThat(proportionality.about(Locator.of(LocatorKind.IP, "198.51.100.99"), "propaganda.test")).isEmpty();
    }
}
