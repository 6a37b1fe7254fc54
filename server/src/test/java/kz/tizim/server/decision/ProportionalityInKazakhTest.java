package kz.tizim.server.decision;

import static kz.tizim.server.review.CaseWorkflowFixture.bearer;
import static kz.tizim.server.review.CaseWorkflowFixture.find;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import kz.tizim.core.account.Actor;
import kz.tizim.core.account.OrganisationId;
import kz.tizim.core.account.Role;
import kz.tizim.core.hosting.DnsRecord;
import kz.tizim.core.hosting.DnsRecordType;
import kz.tizim.core.hosting.HostName;
import kz.tizim.core.hosting.Resolution;
import kz.tizim.core.hosting.Resolutions;
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

/**
 * A reviewer working in Kazakh reads the proportionality objections in Kazakh: a refused scope in
 * the editor's alert, an escalation in the stored draft's report, and the approver's refusal. API
 * clients get the same objections as stable codes with their English text.
 */
@TizimSpringBootTest
class ProportionalityInKazakhTest {

    @LocalServerPort
    int port;

    @Autowired
    DemoData demoData;

    @Autowired
    Resolutions resolutions;

    @Autowired
    ApiTokens tokens;

    @Autowired
    AccountsJdbcRepository accounts;

    DemoCredentials credentials;
    Http http;

    @BeforeEach
    void load() {
        credentials = demoData.ensureLoaded();
        http = new Http(port);
    }

    @Test
    void theEditorWordsARefusedScopeInKazakh() {
        String caseId = openCase("http://kazino.test/play");
        Http reviewer = reviewerOn(caseId);
        String editor = "/decisions/cases/" + caseId + "/draft";
        reviewer.get(editor + "?lang=kk");

        var refused = reviewer.postForm(editor, editor, "basis", "KZ-CC-307", "measure", "ACCESS_RESTRICTION",
                "scope", "cidr 127.0.0.0/16", "facts", "Лицензиясыз казино.", "reasoning", "Лицензиясыз ойын бизнесі.");

        assertThat(refused.statusCode()).isEqualTo(302);
        String page = reviewer.get(editor).body();
        assertThat(alert(page)).contains("Мөлшерлестік").contains("Шектеу көлемі қабылданбады:")
                .contains("Ең тар көлем: cidr").contains("Бөгде сайттарға зиянсыз: 127")
                .contains("cidr 127.0.0.0/16 шағымдағы мекенжайлардан кеңірек; оларды бір-бірлеп шектеңіз")
                .contains("127.0.0.0/16 тағы кімге қызмет ететіні белгісіз")
                .doesNotContain("wider than").doesNotContain("nothing is known").doesNotContain("Policy");
    }

    @Test
    void anEscalatedScopeIsWordedInKazakhInTheReportAndInTheApproversRefusal() {
        String caseId = openCase("http://films-kk.test/watch/1");
        // The site resolves into 198.18.4.0/24, where no demo site lives, dated after any lookup triage may have made.
        resolutions.append(new Resolution(HostName.of("films-kk.test"), Instant.now().plus(Duration.ofDays(1)),
                "test", Resolution.Status.RESOLVED, List.of(new DnsRecord(DnsRecordType.A, "198.18.4.7", 300)),
                false, null));
        Http reviewer = reviewerOn(caseId);
        String editor = "/decisions/cases/" + caseId + "/draft";
        reviewer.get(editor + "?lang=kk");

        reviewer.postForm(editor, editor, "basis", "KZ-CC-307", "measure", "ACCESS_RESTRICTION",
                "scope", "cidr 198.18.4.0/23", "scopeJustification", "Сайт мекенжайларды жиі ауыстырады.",
                "facts", "Лицензиясыз казино.", "reasoning", "Лицензиясыз ойын бизнесі.");

        String report = reviewer.get(editor).body();
        assertThat(report).contains("id=\"report-heading\"")
                .contains("бекітуді талап етеді: 198.18.4.0/23 /24 желісінен кеңірек (керек рөл Әкімші)")
                .doesNotContain("is wider than /24").doesNotContain("needs ADMIN");

        Http legal = new Http(port);
        legal.login("legal", "legal-demo");
        legal.get(editor + "?lang=kk");
        legal.postForm(editor, "/decisions/cases/" + caseId + "/approve");

        assertThat(alert(legal.get(editor).body())).contains("Мөлшерлестік").contains("Бөгде сайттарға зиянсыз: бекітуді талап етеді: 198.18.4.0/23 /24 желісінен кеңірек (керек рөл Әкімші)");
    }

    @Test
    void theApiRefusesWithEachObjectionsCodeArgumentsAndEnglishText() {
        OrganisationId regulator = accounts.findOrganisationByName("Tizim Regulator (demo)").orElseThrow().id();
        String token = tokens.issue(new Actor("admin", regulator, Set.of(Role.ADMIN), Actor.Kind.PERSON), regulator,
                "proportionality client").secret();
        String caseId = openCase("http://ruletka.test/spin");
        http.postJson("/api/v1/cases/" + caseId + "/assign", "{\"reviewer\":\"token:" + token.substring(0, 10) + "\"}",
                bearer(token));

        var refused = http.postJson("/api/v1/cases/" + caseId + "/decision", """
                {"basis":"KZ-CC-307","measure":"ACCESS_RESTRICTION","scope":"cidr 127.0.0.0/16",
                 "facts":"An unlicensed casino.","reasoning":"Unlicensed gambling."}""", bearer(token));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("\"rule\":\"Proportionality\"")
                .contains("{\"policy\":\"NarrowestScopePolicy\",\"verdict\":\"REJECTION\","
                        + "\"code\":\"WIDER_WITHOUT_JUSTIFICATION\",\"args\":[\"cidr 127.0.0.0/16\"],"
                        + "\"text\":\"cidr 127.0.0.0/16 is wider than the complained locators;")
                .contains("\"code\":\"HOSTING_UNKNOWN\",\"args\":[\"127.0.0.0/16\"]");
    }

    private Http reviewerOn(String caseId) {
        Http reviewer = new Http(port);
        reviewer.login("reviewer", "reviewer-demo");
        assertThat(reviewer.postForm("/review/cases/" + caseId, "/review/cases/" + caseId + "/assign").statusCode())
                .isEqualTo(302);
        return reviewer;
    }

    /** The text of the page's error alert, as a screen reader would read it. */
    private static String alert(String page) {
        return find("(?s)<div class=\"alert error\" role=\"alert\">(.*?)</div>", page)
                .replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").strip();
    }

    private String openCase(String url) {
        String atc = credentials.tokens().stream()
                .filter(t -> t.organisation().equals("Antiterrorist Center (demo)")).findFirst().orElseThrow().secret();
        var filed = http.postJson("/api/v1/complaints", """
                {"category":"GAMBLING","description":"Unlicensed casino","locators":["%s"]}""".formatted(url),
                bearer(atc));
        assertThat(filed.statusCode()).isEqualTo(201);
        return find("\"caseId\":(\\d+)", filed.body());
    }
}
