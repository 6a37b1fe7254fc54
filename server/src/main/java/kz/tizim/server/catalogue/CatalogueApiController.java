package kz.tizim.server.catalogue;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import kz.tizim.core.legal.DualCriminality;
import kz.tizim.core.legal.GapMatrix;
import kz.tizim.core.legal.GapMatrixCsv;
import kz.tizim.core.legal.LegalCatalogue;
import kz.tizim.core.legal.OffenceCategory;
import kz.tizim.server.catalogue.CatalogueViews.BasisView;
import kz.tizim.server.catalogue.CatalogueViews.CategoryView;
import kz.tizim.server.catalogue.CatalogueViews.HistoryView;
import kz.tizim.server.catalogue.CatalogueViews.JurisdictionView;
import kz.tizim.server.catalogue.CatalogueViews.Listing;
import kz.tizim.server.catalogue.CatalogueViews.MatrixView;
import kz.tizim.server.catalogue.CatalogueViews.ProvisionView;
import kz.tizim.server.catalogue.CatalogueViews.VerdictView;
import kz.tizim.server.system.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The legal catalogue over the API. The law is public, so these endpoints need no token; every
 * answer names the catalogue version it comes from, and {@code ?version=N} reads an earlier one.
 */
@RestController
@RequestMapping("/api/v1/legal")
@Tag(name = "Legal catalogue", description = "Kazakh legal bases, foreign provisions, the intercalibration gap "
        + "matrix and the dual-criminality evaluator. Public; entries marked TO_VERIFY need legal review.")
class CatalogueApiController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final String VERSION_DOC = "catalogue version number; the version in force when absent";

    private final LegalCatalogues catalogues;

    CatalogueApiController(LegalCatalogues catalogues) {
        this.catalogues = catalogues;
    }

    @GetMapping("/categories")
    @Operation(summary = "Offence categories with their default procedures and Kazakh bases")
    Listing<CategoryView> categories(@Parameter(description = VERSION_DOC) @RequestParam(required = false) @Nullable Integer version) {
        LegalCatalogue catalogue = CatalogueRequests.catalogue(catalogues, version);
        return Listing.of(catalogue, catalogue.procedures().stream().map(p -> CategoryView.of(p, catalogue)).toList());
    }

    @GetMapping("/bases")
    @Operation(summary = "Kazakh legal bases, optionally of one category")
    Listing<BasisView> bases(@RequestParam(required = false) @Nullable String category,
            @Parameter(description = VERSION_DOC) @RequestParam(required = false) @Nullable Integer version) {
        LegalCatalogue catalogue = CatalogueRequests.catalogue(catalogues, version);
        var bases = category == null ? catalogue.bases() : catalogue.basesIn(CatalogueRequests.category(category));
        return Listing.of(catalogue, bases.stream().map(b -> BasisView.of(b, catalogue.version())).toList());
    }

    @GetMapping("/bases/{id}")
    @Operation(summary = "One Kazakh legal basis", description = "404 problem when the catalogue has no such basis.")
    BasisView basis(@PathVariable String id,
            @Parameter(description = VERSION_DOC) @RequestParam(required = false) @Nullable Integer version) {
        LegalCatalogue catalogue = CatalogueRequests.catalogue(catalogues, version);
        return BasisView.of(CatalogueRequests.basis(catalogue, id), catalogue.version());
    }

    @GetMapping("/jurisdictions")
    @Operation(summary = "Foreign jurisdictions, in the column order of the gap matrix")
    Listing<JurisdictionView> jurisdictions(@Parameter(description = VERSION_DOC) @RequestParam(required = false) @Nullable Integer version) {
        LegalCatalogue catalogue = CatalogueRequests.catalogue(catalogues, version);
        return Listing.of(catalogue, catalogue.jurisdictions().stream().map(JurisdictionView::of).toList());
    }

    @GetMapping("/provisions")
    @Operation(summary = "Foreign provisions, optionally of one jurisdiction and/or category")
    Listing<ProvisionView> provisions(@RequestParam(required = false) @Nullable String jurisdiction,
            @RequestParam(required = false) @Nullable String category,
            @Parameter(description = VERSION_DOC) @RequestParam(required = false) @Nullable Integer version) {
        LegalCatalogue catalogue = CatalogueRequests.catalogue(catalogues, version);
        var code = jurisdiction == null ? null : CatalogueRequests.country(jurisdiction);
        OffenceCategory wanted = category == null ? null : CatalogueRequests.category(category);
        return Listing.of(catalogue, catalogue.provisions().stream()
                .filter(p -> code == null || p.jurisdiction().equals(code))
                .filter(p -> wanted == null || p.category() == wanted)
                .map(ProvisionView::of).toList());
    }

    @GetMapping("/matrix")
    @Operation(summary = "The intercalibration gap matrix: category by jurisdiction",
            description = "JSON by default; `?format=csv` gives RFC 4180 CSV, the same bytes as `tizim legal matrix`.")
    ResponseEntity<?> matrix(@Parameter(description = "json or csv") @RequestParam(defaultValue = "json") String format,
            @Parameter(description = VERSION_DOC) @RequestParam(required = false) @Nullable Integer version) {
        GapMatrix matrix = GapMatrix.of(CatalogueRequests.catalogue(catalogues, version));
        return switch (format) {
            case "json" -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(MatrixView.of(matrix));
            case "csv" -> ResponseEntity.ok().contentType(CSV)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename("legal-gap-matrix-v" + matrix.version().number() + ".csv").build().toString())
                    .body(GapMatrixCsv.render(matrix));
            default -> throw new IllegalArgumentException("format must be json or csv, not '" + format + "'");
        };
    }

    @GetMapping("/check")
    @Operation(summary = "Dual criminality of a Kazakh basis in a host jurisdiction",
            description = "Facts not given are unknown, which makes a verdict that turns on them UNCERTAIN. "
                    + "404 problem for an unknown basis, 400 for a malformed country code or fact.")
    VerdictView check(@Parameter(description = "Kazakh basis id, e.g. KZ-CC-198") @RequestParam String basis,
            @Parameter(description = "ISO 3166 alpha-2 code, EU, or an instrument such as COE-BUDAPEST") @RequestParam String country,
            @Parameter(description = "whether the infringement was on a commercial scale") @RequestParam(required = false) @Nullable Boolean commercialScale,
            @Parameter(description = "facts established, e.g. INCITES_IMMINENT_VIOLENCE") @RequestParam(required = false) @Nullable List<String> established,
            @Parameter(description = "facts ruled out") @RequestParam(required = false) @Nullable List<String> ruledOut,
            @Parameter(description = VERSION_DOC) @RequestParam(required = false) @Nullable Integer version) {
        LegalCatalogue catalogue = CatalogueRequests.catalogue(catalogues, version);
        var host = CatalogueRequests.country(country);
        var facts = CatalogueRequests.facts(commercialScale, established == null ? List.of() : established,
                ruledOut == null ? List.of() : ruledOut);
        return VerdictView.of(new DualCriminality(catalogue).assess(CatalogueRequests.basis(catalogue, basis), host, facts));
    }

    @GetMapping("/versions")
    @Operation(summary = "Every catalogue version ever in force, newest first, with who approved it")
    List<HistoryView> versions() {
        return catalogues.history().stream().map(HistoryView::of).toList();
    }

    @GetMapping("/versions/{number}")
    @Operation(summary = "One catalogue version's record")
    HistoryView version(@PathVariable int number) {
        return catalogues.history().stream().filter(entry -> entry.number() == number).findFirst()
                .map(HistoryView::of)
                .orElseThrow(() -> new NotFoundException("legal catalogue version " + number));
    }

    @GetMapping("/versions/{number}/file")
    @Operation(summary = "The exact catalogue file of a version", description = "Its SHA-256 is the version's hash.")
    ResponseEntity<String> file(@PathVariable int number) {
        return ResponseEntity.ok().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("legal-catalogue-v" + number + ".txt").build().toString())
                .body(catalogues.text(number));
    }
}
