package kz.tizim.server.catalogue;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import kz.tizim.core.legal.GapMatrix;
import kz.tizim.core.legal.GapMatrixCsv;
import kz.tizim.core.legal.LegalCatalogue;
import kz.tizim.server.document.PdfDocuments;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The intercalibration gap matrix: a colour-coded page with a legend, the CSV the CLI prints, and a
 * PDF in Kazakh, Russian or English for the legislative intercalibration work.
 */
@Controller
@RequestMapping("/catalogue")
class MatrixConsoleController {

    static final Map<String, Locale> PDF_LANGUAGES = Map.of("kk", Locale.forLanguageTag("kk"),
            "ru", Locale.forLanguageTag("ru"), "en", Locale.ENGLISH);
    private static final String LANGUAGE_COOKIE = "TIZIM_LANG";
    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    private final LegalCatalogues catalogues;
    private final PdfDocuments pdf;
    private final LocaleResolver locales;
    private final Clock clock;

    MatrixConsoleController(LegalCatalogues catalogues, PdfDocuments pdf, LocaleResolver locales, Clock clock) {
        this.catalogues = catalogues;
        this.pdf = pdf;
        this.locales = locales;
        this.clock = clock;
    }

    @GetMapping("/matrix")
    String matrix(@RequestParam(required = false) @Nullable Integer version, Model model) {
        LegalCatalogue catalogue = CatalogueRequests.catalogue(catalogues, version);
        model.addAttribute("catalogue", catalogue);
        model.addAttribute("versionEntry", catalogues.entry(catalogue.version().number()));
        CatalogueRequests.versionLinks(model, version);
        model.addAttribute("matrix", MatrixTable.of(catalogue));
        model.addAttribute("tones", MatrixTable.TONES);
        return "catalogue/matrix";
    }

    @GetMapping("/matrix.csv")
    ResponseEntity<String> csv(@RequestParam(required = false) @Nullable Integer version) {
        GapMatrix matrix = GapMatrix.of(CatalogueRequests.catalogue(catalogues, version));
        return ResponseEntity.ok().contentType(CatalogueApiController.CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("legal-gap-matrix-v" + matrix.version().number() + ".csv").build().toString())
                .body(GapMatrixCsv.render(matrix));
    }

    /**
     * The PDF in the language of {@code ?lang=}. The console's language switch also reads
     * {@code lang}, so the person's own console language is put back afterwards: downloading an
     * English PDF must not turn their console English.
     */
    @GetMapping("/matrix.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam String lang, @RequestParam(required = false) @Nullable Integer version,
            HttpServletRequest request, HttpServletResponse response) {
        Locale locale = PDF_LANGUAGES.get(lang);
        if (locale == null) {
            throw new IllegalArgumentException("lang must be kk, ru or en");
        }
        keepConsoleLanguage(request, response);
        LegalCatalogue catalogue = CatalogueRequests.catalogue(catalogues, version);
        Map<String, Object> model = new HashMap<>();
        model.put("matrix", MatrixTable.of(catalogue));
        model.put("tones", MatrixTable.TONES);
        model.put("versionEntry", catalogues.entry(catalogue.version().number()));
        model.put("generatedAt", format(clock.instant(), locale));
        model.put("approvedAt", format(catalogues.entry(catalogue.version().number()).decidedAt(), locale));
        model.put("language", lang);
        byte[] document = pdf.render("catalogue/matrix-pdf", locale, model);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("legal-gap-matrix-v" + catalogue.version().number() + "-" + lang + ".pdf").build()
                        .toString())
                .body(document);
    }

    private static String format(@Nullable Instant instant, Locale locale) {
        if (instant == null) {
            return "—";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale).withZone(ALMATY)
                .format(instant);
    }

    private void keepConsoleLanguage(HttpServletRequest request, HttpServletResponse response) {
        Locale previous = null;
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (cookie.getName().equals(LANGUAGE_COOKIE)) {
                    previous = Locale.forLanguageTag(cookie.getValue());
                }
            }
        }
        locales.setLocale(request, response, previous);
    }
}
