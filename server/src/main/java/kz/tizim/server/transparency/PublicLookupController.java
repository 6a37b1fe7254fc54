package kz.tizim.server.transparency;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import kz.tizim.core.legal.OffenceCategory;
import kz.tizim.core.register.RegisterChange;
import kz.tizim.core.register.RegisterEntry;
import kz.tizim.match.locator.Canonicalizer;
import kz.tizim.match.locator.InvalidLocatorException;
import kz.tizim.match.matcher.CompiledMatcher;
import kz.tizim.server.catalogue.LegalCatalogues;
import kz.tizim.server.register.RestrictionLookup;
import kz.tizim.server.system.TizimProperties;
import kz.tizim.server.system.WithheldQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Is this address restricted?" for anyone: {@code /lookup?q=…} canonicalises the URL, domain or IP
 * address as the matcher reads it, shows that form, and answers with the restriction in force (the
 * same {@link RestrictionLookup} as the 451 page): decision, authority, legal basis with its review
 * status, dates and how to appeal. A CSAM or hash-only match answers with its category only.
 */
@Controller
class PublicLookupController {

    static final int MAX_QUERY = 2048;

    private final RestrictionLookup lookup;
    private final PublishedDecisions decisions;
    private final LegalCatalogues catalogues;
    private final TizimProperties properties;

    PublicLookupController(RestrictionLookup lookup, PublishedDecisions decisions, LegalCatalogues catalogues,
            TizimProperties properties) {
        this.lookup = lookup;
        this.decisions = decisions;
        this.catalogues = catalogues;
        this.properties = properties;
    }

    @GetMapping("/lookup")
    String lookup(@RequestParam(required = false) @Nullable String q, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        if (q == null || q.isBlank()) {
            return "public/lookup";
        }
        String query = q.strip();
        model.addAttribute("query", query);
        String canonical = canonical(query);
        if (canonical == null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("invalid", true);
            return "public/lookup";
        }
        Optional<RegisterChange> found = lookup.find(query);
        if (found.isEmpty()) {
            model.addAttribute("canonical", canonical);
            model.addAttribute("notRestricted", true);
            return "public/lookup";
        }
        RegisterEntry entry = found.get().entry();
        if (entry.category() == OffenceCategory.CSAM || !entry.published()) {
            // Not the address, not even as the visitor typed it, and no decision to look further into.
            model.addAttribute("query", null);
            WithheldQuery.withhold(request);
            model.addAttribute("categoryOnly", entry.category());
            return "public/lookup";
        }
        model.addAttribute("canonical", canonical);
        model.addAttribute("entry", entry);
        model.addAttribute("scope", PublishedDecisions.HIDDEN_LOCATORS.contains(entry.category())
                ? null : entry.locator().toString());
        model.addAttribute("basis", catalogues.current().basis(entry.legalBasis()).orElse(null));
        model.addAttribute("decision", decisions.find(entry.decision().value()).orElse(null));
        model.addAttribute("publicUrl", properties.publicUrl());
        return "public/lookup";
    }

    /** The address as the matcher reads it, or null when it is not a URL, host name or IP address. */
    private static @Nullable String canonical(String query) {
        if (query.length() > MAX_QUERY) {
            return null;
        }
        try {
            return CompiledMatcher.looksLikeUrl(query) ? Canonicalizer.url(query) : Canonicalizer.host(query);
        } catch (InvalidLocatorException e) {
            return null;
        }
    }
}
