package kz.tizim.core.legal;

import java.util.Set;

/**
 * A Kazakh legal basis a decision may cite.
 *
 * @param subtype refines {@link OffenceCategory#OTHER} (e.g. {@code false-information}); empty when
 *     the category says enough. Foreign provisions with a subtype only match bases with the same one.
 */
public record LegalBasis(
        LegalBasisId id,
        BasisKind kind,
        String citation,
        OffenceCategory category,
        String subtype,
        LocalizedSummary summary,
        Set<Measure> measures,
        Review review) {

    public LegalBasis {
        citation = Texts.required(citation, "citation of " + id);
        subtype = subtype.strip();
        if (measures.isEmpty()) {
            throw new IllegalArgumentException("legal basis " + id + " allows no measure");
        }
        measures = Set.copyOf(measures);
    }
}
