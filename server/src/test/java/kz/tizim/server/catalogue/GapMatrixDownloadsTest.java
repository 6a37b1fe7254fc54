package kz.tizim.server.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import kz.tizim.core.legal.GapMatrix;
import kz.tizim.core.legal.GapMatrixCsv;
import kz.tizim.core.legal.LegalCatalogue;
import kz.tizim.server.demo.DemoData;
import kz.tizim.server.support.TizimSpringBootTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/** The gap matrix leaves the console as the CSV the domain renders and as PDFs in three languages. */
@TizimSpringBootTest
class GapMatrixDownloadsTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    DemoData demoData;

    @Autowired
    LegalCatalogues catalogues;

    @Autowired
    MessageSource messages;

    HttpClient browser;

    @BeforeEach
    void signIn() throws Exception {
        demoData.ensureLoaded();
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String page = get("/login", HttpResponse.BodyHandlers.ofString()).body();
        var csrf = CSRF.matcher(page);
        assertThat(csrf.find()).isTrue();
        String form = "_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)
                + "&username=legal&password=legal-demo";
        var login = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    }

    @Test
    void theCsvDownloadIsExactlyTheDomainRendering() throws Exception {
        LegalCatalogue catalogue = catalogues.current();

        var csv = get("/catalogue/matrix.csv", HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                d -> assertThat(d).contains("legal-gap-matrix-v" + catalogue.version().number() + ".csv"));
        assertThat(csv.body()).isEqualTo(GapMatrixCsv.render(GapMatrix.of(catalogue)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"kk", "ru", "en"})
    void thePdfIsInTheAskedLanguageWithEveryJurisdictionCode(String lang) throws Exception {
        LegalCatalogue catalogue = catalogues.current();
        Locale locale = Locale.forLanguageTag(lang);

        var pdf = get("/catalogue/matrix.pdf?lang=" + lang, HttpResponse.BodyHandlers.ofByteArray());

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        String text = text(pdf.body());
        // Narrow table cells wrap words and ids across lines, so compare without whitespace.
        String compact = compact(text);
        assertThat(text).contains(messages.getMessage("catalogue.matrix.legend", null, locale))
                .contains(catalogue.version().sha256());
        assertThat(compact).contains(compact(messages.getMessage("catalogue.coverage.NARROWER", null, locale)))
                .contains(compact(messages.getMessage("catalogue.categoryName.COPYRIGHT", null, locale)));
        catalogue.jurisdictions().forEach(j -> assertThat(text).contains(j.code().value()));
        catalogue.bases().forEach(b -> assertThat(compact).contains(b.id().value()));
        if (lang.equals("kk")) {
            // The embedded font carries the Kazakh letters into the PDF's text.
            for (String letter : new String[] {"ә", "ғ", "қ", "ң", "ө", "ұ", "ү", "і"}) {
                assertThat(text).as("Kazakh letter %s", letter).contains(letter);
            }
            assertThat(text).contains("Интеркалибрлеуге арналған алшақтықтар матрицасы");
        } else {
            assertThat(text).doesNotContain("қ");
        }
    }

    @Test
    void downloadingAPdfInAnotherLanguageKeepsTheConsoleLanguage() throws Exception {
        get("/catalogue?lang=kk", HttpResponse.BodyHandlers.ofString());

        get("/catalogue/matrix.pdf?lang=en", HttpResponse.BodyHandlers.ofByteArray());
        var next = browser.send(HttpRequest.newBuilder(uri("/catalogue")).header("Accept-Language", "en").GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(next.body()).contains("<h1>Құқықтық каталог</h1>");
    }

    @Test
    void aPdfInAnUnsupportedLanguageIsABadRequest() throws Exception {
        assertThat(get("/catalogue/matrix.pdf?lang=de", HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(400);
    }

    private <T> HttpResponse<T> get(String path, HttpResponse.BodyHandler<T> handler) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(uri(path)).GET().build(), handler);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
