package kz.tizim.server.crossborder;

import java.util.List;
import java.util.Locale;
import kz.tizim.core.crossborder.CrossBorderRequest;
import kz.tizim.core.crossborder.RequestSite;
import kz.tizim.core.crossborder.VerdictParts;
import kz.tizim.core.legal.CaseFacts;
import kz.tizim.core.legal.DualCriminalityVerdict;
import kz.tizim.core.legal.Fact;
import kz.tizim.server.console.CountryNames;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Words a site's dual-criminality verdict in the letter's language from its {@link VerdictParts} and
 * the {@code crossborder.explain.*} messages, sentence by sentence, as the English original is built;
 * the coverage and the facts come from the catalogue's own translated labels. The review caveat is
 * kept whenever an entry relied on is not verified, and the host state is named in the letter's
 * language ({@link CountryNames}). English, and sites drafted before the parts were kept, use the
 * English original.
 */
@Component
class VerdictWording {

    /** The explanation and whether it is in the letter's language (else the English original). */
    record Wording(String text, boolean translated) {
    }

    private final MessageSource messages;

    VerdictWording(MessageSource messages) {
        this.messages = messages;
    }

    Wording explain(CrossBorderRequest request, RequestSite site, Locale locale) {
        VerdictParts parts = site.parts();
        if (parts == null || locale.getLanguage().equals(Locale.ENGLISH.getLanguage())) {
            return new Wording(site.explanation(), false);
        }
        String basis = site.basisCitation() + " (" + site.basis() + ")";
        String code = request.country().value();
        String host = CountryNames.name(code, request.hostName(), locale) + " (" + code + ")";
        String opening = parts.outcome() == DualCriminalityVerdict.Outcome.UNCERTAIN && parts.cause() != null
                ? parts.cause().name() : parts.outcome().name();
        var text = new StringBuilder(message("crossborder.explain." + opening, locale, basis, host,
                message("crossborder.explain.kind." + parts.basisKind(), locale),
                message("complaint.category." + site.category(), locale)));
        boolean lists = parts.cause() == null || parts.cause() == DualCriminalityVerdict.Cause.UNDECIDED_PROVISIONS;
        if (lists) {
            list(text, parts.decisive(), locale);
            if (!parts.gaps().isEmpty()) {
                text.append('\n').append(message("crossborder.explain.gaps", locale));
                list(text, parts.gaps(), locale);
            }
        }
        if (!parts.verified()) {
            text.append('\n').append(message("crossborder.explain.caveat", locale));
        }
        text.append('\n').append(message("crossborder.explain.catalogue", locale, request.catalogue().label()));
        return new Wording(text.toString(), true);
    }

    private void list(StringBuilder text, List<VerdictParts.Part> parts, Locale locale) {
        for (VerdictParts.Part part : parts) {
            text.append('\n').append(message("crossborder.explain.finding", locale, part.citation(),
                    message("catalogue.coverageMeans." + part.coverage(), locale)));
            if (part.conditionsUnmodelled()) {
                text.append(' ').append(message("crossborder.explain.unmodelled", locale));
            }
            for (Fact fact : Fact.values()) { // declaration order, as the English original
                CaseFacts.State state = part.conditions().get(fact);
                if (state != null) {
                    text.append(' ').append(message("crossborder.explain.condition." + state, locale,
                            message("catalogue.fact." + fact, locale)));
                }
            }
        }
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
