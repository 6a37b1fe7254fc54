package kz.tizim.server.restricted;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import kz.tizim.core.register.RegisterChange;
import kz.tizim.match.locator.Canonicalizer;
import kz.tizim.match.locator.InvalidLocatorException;
import kz.tizim.match.matcher.CompiledMatcher;
import kz.tizim.server.register.RestrictionLookup;
import kz.tizim.server.system.TizimProperties;
import kz.tizim.server.system.WithheldQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The notice page (RFC 7725). {@code /restricted?url=…} and {@code /restricted/host/{host}} (where
 * an ISP's DNS or proxy redirects) answer 451 with the decision, authority, legal basis, dates and
 * how to appeal when a restriction covers the address, and 200 "not restricted" otherwise. The
 * address of a hash-only (CSAM) entry is never shown, not even the one the visitor typed.
 */
@Controller
class RestrictedController {

    private final RestrictionLookup lookup;
    private final TizimProperties properties;

    RestrictedController(RestrictionLookup lookup, TizimProperties properties) {
        this.lookup = lookup;
        this.properties = properties;
    }

    @GetMapping("/restricted")
    String byUrl(@RequestParam(required = false) @Nullable String url, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        if (url == null || url.isBlank()) {
            model.addAttribute("ask", true);
            return "restricted/notice";
        }
        return answer(url.strip(), model, request, response);
    }

    @GetMapping("/restricted/host/{host}")
    String byHost(@PathVariable String host, Model model, HttpServletRequest request, HttpServletResponse response) {
        return answer(host, model, request, response);
    }

    private String answer(String query, Model model, HttpServletRequest request, HttpServletResponse response) {
        String canonical;
        try {
            canonical = CompiledMatcher.looksLikeUrl(query) ? Canonicalizer.url(query) : Canonicalizer.host(query);
        } catch (InvalidLocatorException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("invalid", query);
            model.addAttribute("ask", true);
            return "restricted/notice";
        }
        Optional<RegisterChange> found = lookup.find(query);
        if (found.isEmpty()) {
            model.addAttribute("notRestricted", canonical);
            model.addAttribute("ask", true);
            return "restricted/notice";
        }
        var entry = found.get().entry();
        response.setStatus(451);
        response.setHeader("Link", "<" + properties.publicUrl() + "/>; rel=\"blocked-by\"");
        model.addAttribute("entry", entry);
        model.addAttribute("resource", entry.published() ? canonical : null);
        if (!entry.published()) {
            WithheldQuery.withhold(request);
        }
        model.addAttribute("publicUrl", properties.publicUrl());
        return "restricted/notice";
    }
}
