package kz.tizim.core.legal;

import java.util.Set;

/**
 * How one jurisdiction treats the conduct of one category: an offence with its citation, or a gap
 * with the reason (the summary) and what it rests on (the citation, e.g. a court judgment).
 *
 * @param subtype for {@link OffenceCategory#OTHER}: only bases with the same subtype are compared
 * @param requires facts that must all hold for a {@link Coverage#NARROWER} offence to apply; empty
 *     when the conditions are not modelled, which leaves the assessment uncertain
 */
public record ForeignProvision(
        ProvisionId id,
        JurisdictionCode jurisdiction,
        OffenceCategory category,
        String subtype,
        Coverage coverage,
        String citation,
        String summary,
        Set<Fact> requires,
        Review review) {

    public ForeignProvision {
        citation = Texts.required(citation, "citation of " + id);
        summary = Texts.required(summary, "summary of " + id);
        subtype = subtype.strip();
        requires = Set.copyOf(requires);
        if (!id.belongsTo(jurisdiction)) {
            throw new IllegalArgumentException("provision id " + id + " must start with " + jurisdiction + "-");
        }
        if (!requires.isEmpty() && coverage != Coverage.NARROWER) {
            throw new IllegalArgumentException("only NARROWER provisions require facts: " + id);
        }
    }

    /** Whether this provision speaks to the conduct of {@code basis}. */
    public boolean concerns(LegalBasis basis) {
        return category == basis.category() && (subtype.isEmpty() || subtype.equals(basis.subtype()));
    }
}
