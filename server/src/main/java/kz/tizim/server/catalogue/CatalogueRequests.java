package kz.tizim.server.catalogue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import kz.tizim.core.legal.CaseFacts;
import kz.tizim.core.legal.Fact;
import kz.tizim.core.legal.JurisdictionCode;
import kz.tizim.core.legal.LegalBasis;
import kz.tizim.core.legal.LegalBasisId;
import kz.tizim.core.legal.LegalCatalogue;
import kz.tizim.core.legal.OffenceCategory;
import kz.tizim.server.system.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;

/**
 * Reads what people and clients type (ids, country codes, facts) into catalogue terms, for the API
 * and the console alike. Unknown entries are "not found"; malformed codes and facts are bad input.
 */
final class CatalogueRequests {

    private CatalogueRequests() {
    }

    /** The version asked for, or the one in force. */
    static LegalCatalogue catalogue(LegalCatalogues catalogues, @Nullable Integer version) {
        return version == null ? catalogues.current() : catalogues.version(version);
    }

    /**
     * Keeps an earlier version in the links of a page showing it: {@code versionParam},
     * {@code versionQuery} ("" or "?version=N") and {@code versionAmp} ("" or "&version=N").
     */
    static void versionLinks(Model model, @Nullable Integer version) {
        model.addAttribute("versionParam", version);
        model.addAttribute("versionQuery", version == null ? "" : "?version=" + version);
        model.addAttribute("versionAmp", version == null ? "" : "&version=" + version);
    }

    static LegalBasis basis(LegalCatalogue catalogue, String id) {
        String wanted = id.strip().toUpperCase(Locale.ROOT);
        try {
            return catalogue.basis(new LegalBasisId(wanted))
                    .orElseThrow(() -> new NotFoundException("legal basis " + wanted));
        } catch (IllegalArgumentException malformed) {
            // A malformed id names nothing, like an unknown one.
            throw new NotFoundException("legal basis '" + id.strip() + "'");
        }
    }

    /** A jurisdiction code; malformed ones are refused as bad input with the accepted forms. */
    static JurisdictionCode country(String text) {
        return JurisdictionCode.parse(text);
    }

    static OffenceCategory category(String text) {
        try {
            return OffenceCategory.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("offence category '" + text.strip() + "'");
        }
    }

    static CaseFacts facts(@Nullable Boolean commercialScale, List<String> established, List<String> ruledOut) {
        CaseFacts facts = CaseFacts.unknown();
        if (commercialScale != null) {
            facts = facts.with(Fact.COMMERCIAL_SCALE, commercialScale);
        }
        for (String name : established) {
            if (!name.isBlank()) {
                facts = facts.with(fact(name), true);
            }
        }
        for (String name : ruledOut) {
            if (!name.isBlank()) {
                Fact fact = fact(name);
                if (facts.state(fact) == CaseFacts.State.ESTABLISHED) {
                    throw new IllegalArgumentException("fact " + fact + " cannot be both established and ruled out");
                }
                facts = facts.with(fact, false);
            }
        }
        return facts;
    }

    static Fact fact(String name) {
        try {
            return Fact.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown fact '" + name.strip() + "'; expected one of "
                    + Arrays.toString(Fact.values()));
        }
    }
}
