package kz.tizim.server.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import kz.tizim.core.legal.ForeignProvision;
import kz.tizim.core.legal.Jurisdiction;
import kz.tizim.core.legal.JurisdictionCode;
import kz.tizim.core.legal.LegalBasis;
import kz.tizim.core.legal.LegalCatalogue;
import kz.tizim.core.legal.OffenceCategory;
import kz.tizim.server.system.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The catalogue in the console: categories with their procedures, the Kazakh bases with their
 * review status, the foreign jurisdictions; one basis with how the same conduct is treated abroad;
 * one cell of the gap matrix with its citations. {@code ?version=N} shows an earlier version.
 */
@Controller
@RequestMapping("/catalogue")
class CatalogueConsoleController {

    private final LegalCatalogues catalogues;

    CatalogueConsoleController(LegalCatalogues catalogues) {
        this.catalogues = catalogues;
    }

    /** A foreign jurisdiction's provisions about one basis, for the basis page. */
    record Abroad(Jurisdiction jurisdiction, List<ForeignProvision> provisions) {
    }

    @GetMapping
    String index(@RequestParam(required = false) @Nullable Integer version, Model model) {
        LegalCatalogue catalogue = shown(version, model);
        model.addAttribute("categories", catalogue.procedures());
        model.addAttribute("provisionCounts", catalogue.provisions().stream().collect(
                Collectors.groupingBy(p -> p.jurisdiction().value(), Collectors.counting())));
        return "catalogue/index";
    }

    @GetMapping("/bases/{id}")
    String basis(@PathVariable String id, @RequestParam(required = false) @Nullable Integer version, Model model) {
        LegalCatalogue catalogue = shown(version, model);
        LegalBasis basis = CatalogueRequests.basis(catalogue, id);
        var abroad = new ArrayList<Abroad>();
        for (Jurisdiction jurisdiction : catalogue.jurisdictions()) {
            abroad.add(new Abroad(jurisdiction, catalogue.provisionsConcerning(basis, jurisdiction.code())));
        }
        model.addAttribute("basis", basis);
        model.addAttribute("abroad", abroad);
        return "catalogue/basis";
    }

    @GetMapping("/matrix/{category}/{jurisdiction}")
    String cell(@PathVariable String category, @PathVariable String jurisdiction,
            @RequestParam(required = false) @Nullable Integer version, Model model) {
        LegalCatalogue catalogue = shown(version, model);
        OffenceCategory row = CatalogueRequests.category(category);
        JurisdictionCode code = code(jurisdiction);
        Jurisdiction column = catalogue.jurisdiction(code)
                .orElseThrow(() -> new NotFoundException("jurisdiction " + code));
        model.addAttribute("category", row);
        model.addAttribute("jurisdiction", column);
        model.addAttribute("bases", catalogue.basesIn(row));
        model.addAttribute("provisions", catalogue.provisions(code, row));
        return "catalogue/cell";
    }

    /** Puts the catalogue shown, and its version record, into the model. */
    private LegalCatalogue shown(@Nullable Integer version, Model model) {
        LegalCatalogue catalogue = CatalogueRequests.catalogue(catalogues, version);
        model.addAttribute("catalogue", catalogue);
        model.addAttribute("versionEntry", catalogues.entry(catalogue.version().number()));
        CatalogueRequests.versionLinks(model, version);
        return catalogue;
    }

    private static JurisdictionCode code(String text) {
        try {
            return JurisdictionCode.parse(text);
        } catch (IllegalArgumentException malformed) {
            throw new NotFoundException("jurisdiction '" + text + "'");
        }
    }
}
