package kz.tizim.server.catalogue;

import java.util.Map;
import kz.tizim.core.legal.CaseFacts;
import kz.tizim.core.legal.DualCriminality;
import kz.tizim.core.legal.DualCriminalityVerdict;
import kz.tizim.core.legal.Fact;
import kz.tizim.core.legal.JurisdictionCode;
import kz.tizim.core.legal.LegalBasis;
import kz.tizim.core.legal.LegalCatalogue;
import kz.tizim.server.system.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dual-criminality evaluator. The verdict is shown in the page language from its structured
 * fields (outcome, cause, each provision's bearing and conditions); the core's English explanation
 * is offered as the text for a request letter.
 */
@Controller
@RequestMapping("/catalogue/check")
class CheckConsoleController {

    /** Form field per fact: {@code fact.COMMERCIAL_SCALE=ESTABLISHED|RULED_OUT|UNKNOWN}. */
    static final String FACT_FIELD = "fact.";

    private final LegalCatalogues catalogues;

    CheckConsoleController(LegalCatalogues catalogues) {
        this.catalogues = catalogues;
    }

    @GetMapping
    String check(@RequestParam(required = false) @Nullable String basis,
            @RequestParam(required = false) @Nullable String country,
            @RequestParam(required = false) @Nullable Integer version,
            @RequestParam Map<String, String> fields, Model model) {
        LegalCatalogue catalogue = CatalogueRequests.catalogue(catalogues, version);
        CaseFacts facts = facts(fields);
        model.addAttribute("catalogue", catalogue);
        CatalogueRequests.versionLinks(model, version);
        model.addAttribute("facts", Fact.values());
        model.addAttribute("factStates", facts);
        model.addAttribute("selectedBasis", basis == null ? "" : basis);
        model.addAttribute("selectedCountry", country == null ? "" : country);
        if (basis == null || basis.isBlank() || country == null || country.isBlank()) {
            return "catalogue/check";
        }
        LegalBasis legalBasis;
        JurisdictionCode host;
        try {
            legalBasis = CatalogueRequests.basis(catalogue, basis);
        } catch (NotFoundException unknown) {
            model.addAttribute("basisError", true);
            return "catalogue/check";
        }
        try {
            host = CatalogueRequests.country(country);
        } catch (IllegalArgumentException malformed) {
            model.addAttribute("countryError", true);
            return "catalogue/check";
        }
        DualCriminalityVerdict verdict = new DualCriminality(catalogue).assess(legalBasis, host, facts);
        model.addAttribute("verdict", verdict);
        model.addAttribute("cause", verdict instanceof DualCriminalityVerdict.Uncertain uncertain
                ? uncertain.cause().name() : null);
        return "catalogue/check";
    }

    private static CaseFacts facts(Map<String, String> fields) {
        CaseFacts facts = CaseFacts.unknown();
        for (Fact fact : Fact.values()) {
            String state = fields.getOrDefault(FACT_FIELD + fact.name(), "UNKNOWN");
            facts = switch (state) {
                case "ESTABLISHED" -> facts.with(fact, true);
                case "RULED_OUT" -> facts.with(fact, false);
                case "UNKNOWN" -> facts;
                default -> throw new IllegalArgumentException("a fact is ESTABLISHED, RULED_OUT or UNKNOWN, not '"
                        + state + "'");
            };
        }
        return facts;
    }
}
