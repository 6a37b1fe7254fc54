package kz.tizim.server.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import kz.tizim.core.legal.LegalBasisId;
import kz.tizim.core.legal.LegalCatalogue;
import kz.tizim.server.demo.DemoData;
import kz.tizim.server.support.Http;
import kz.tizim.server.support.TizimSpringBootTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The catalogue pages in the three console languages, with review badges and the verdict in the page language. */
@TizimSpringBootTest
class CatalogueConsoleTest {

    @LocalServerPort
    int port;

    @Autowired
    DemoData demoData;

    @Autowired
    LegalCatalogues catalogues;

    Http reviewer;
    LegalCatalogue catalogue;

    @BeforeEach
    void signIn() {
        demoData.ensureLoaded();
        reviewer = new Http(port);
        reviewer.login("reviewer", "reviewer-demo");
        catalogue = catalogues.current();
    }

    @ParameterizedTest
    @CsvSource({
            "kk, Құқықтық каталог, Тексерілуі тиіс, Авторлық құқық",
            "ru, Правовой каталог, Требует проверки, Авторское право",
            "en, Legal catalogue, To verify, Copyright"})
    void theCatalogueSpeaksThePageLanguageAndShowsReviewBadges(String lang, String title, String toVerify,
            String copyright) {
        var page = reviewer.get("/catalogue?lang=" + lang);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>" + title + "</h1>")
                .contains("class=\"badge TO_VERIFY\"").contains(toVerify).contains(copyright)
                .contains("href=\"/catalogue\"") // the main navigation links regulator staff here
                .contains("KZ-CC-198").contains("COE-BUDAPEST");
    }

    @Test
    void aBasisPageShowsItsCitationBadgeAndTheSameConductAbroad() {
        var basis = catalogue.basis(new LegalBasisId("KZ-CC-198")).orElseThrow();

        var page = reviewer.get("/catalogue/bases/KZ-CC-198?lang=kk");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(basis.summary().kk()).contains(Html.escape(basis.citation()))
                .contains("badge TO_VERIFY").contains("/catalogue/matrix/COPYRIGHT/US")
                .contains("17 U.S.C. § 506(a)");
    }

    @Test
    void theMatrixNamesEveryCoverageInWordsAndLinksEachCellToItsCitations() {
        var page = reviewer.get("/catalogue/matrix?lang=en");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("cov-NARROWER").contains("Narrower")
                .contains("href=\"/catalogue/matrix/COPYRIGHT/US\"")
                .contains("/catalogue/matrix.pdf?lang=kk").contains("/catalogue/matrix.csv")
                .contains("Legend");
        var cell = reviewer.get("/catalogue/matrix/COPYRIGHT/US?lang=en");
        assertThat(cell.statusCode()).isEqualTo(200);
        assertThat(cell.body()).contains("17 U.S.C. § 506(a); 18 U.S.C. § 2319").contains("commercial scale");
    }

    @Test
    void unknownEntriesAnswer404Pages() {
        assertThat(reviewer.get("/catalogue/bases/KZ-CC-99999").statusCode()).isEqualTo(404);
        assertThat(reviewer.get("/catalogue/matrix/COPYRIGHT/ZZ").statusCode()).isEqualTo(404);
        assertThat(reviewer.get("/catalogue/matrix/NOPE/US").statusCode()).isEqualTo(404);
        assertThat(reviewer.get("/catalogue?version=999").statusCode()).isEqualTo(404);
    }

    @ParameterizedTest
    @CsvSource({
            "kk, қос қылмыстылық сақталмаған, жоққа шығарылған",
            "ru, двойная криминальность не соблюдена, исключено",
            "en, dual criminality not satisfied, ruled out"})
    void theEvaluatorGivesTheVerdictInThePageLanguage(String lang, String outcome, String ruledOut) {
        var page = reviewer.get("/catalogue/check?lang=" + lang
                + "&basis=KZ-CC-198&country=us&fact.COMMERCIAL_SCALE=RULED_OUT");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(outcome).contains(ruledOut)
                .contains("class=\"verdict NOT_SATISFIED\"")
                .contains("Dual criminality"); // the English letter text from the core
    }

    @Test
    void aMalformedCountryIsExplainedOnTheForm() {
        var page = reviewer.get("/catalogue/check?lang=en&basis=KZ-CC-198&country=U%24A");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("This is not a jurisdiction code").doesNotContain("class=\"verdict");
    }

    /** Just enough HTML escaping to find model text in a page. */
    static final class Html {
        static String escape(String text) {
            return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                    .replace("'", "&#39;");
        }
    }
}
