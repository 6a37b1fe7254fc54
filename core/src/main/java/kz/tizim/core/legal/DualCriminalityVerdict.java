package kz.tizim.core.legal;

import java.util.List;

/**
 * Whether the conduct behind a Kazakh legal basis is also an offence in a host jurisdiction.
 * Every variant keeps all findings, so a reviewer sees the provisions that lost as well.
 */
public sealed interface DualCriminalityVerdict {

    /** The verdict as a value for storage and display. */
    enum Outcome {
        SATISFIED,
        NOT_SATISFIED,
        UNCERTAIN
    }

    /** Why an assessment could not decide. */
    enum Cause {
        /** The host jurisdiction is not in the catalogue at all. */
        NO_CATALOGUE_DATA,
        /** The jurisdiction is there, but nothing is recorded for this category. */
        NO_PROVISION,
        /** The basis is administrative, civil or regulatory; dual criminality compares crimes. */
        BASIS_NOT_CRIMINAL,
        /** The provisions found are unclear, leave the matter to national law, or turn on unknown facts. */
        UNDECIDED_PROVISIONS
    }

    CatalogueVersion catalogueVersion();

    LegalBasis basis();

    JurisdictionCode host();

    /** The host's name in the catalogue ("Germany"), or its code when the catalogue does not know it. */
    String hostName();

    CaseFacts facts();

    List<Finding> findings();

    Outcome outcome();

    /** The findings that carry the verdict: the supporting ones if satisfied, and so on. */
    default List<Finding> decisive() {
        Bearing carrying = switch (outcome()) {
            case SATISFIED -> Bearing.SUPPORTS;
            case NOT_SATISFIED -> Bearing.DEFEATS;
            case UNCERTAIN -> Bearing.UNDECIDED;
        };
        return findings().stream().filter(finding -> finding.bearing() == carrying).toList();
    }

    /** True only if the basis and every decisive provision were checked by a lawyer. */
    default boolean reliesOnVerifiedEntriesOnly() {
        return basis().review().verified()
                && decisive().stream().allMatch(finding -> finding.provision().review().verified());
    }

    /** English text for a request letter; it carries the review caveat while entries are unverified. */
    default String explanation() {
        return EnglishExplanation.of(this);
    }

    record Satisfied(CatalogueVersion catalogueVersion, LegalBasis basis, JurisdictionCode host, String hostName,
            CaseFacts facts, List<Finding> findings) implements DualCriminalityVerdict {

        public Satisfied {
            findings = List.copyOf(findings);
        }

        @Override
        public Outcome outcome() {
            return Outcome.SATISFIED;
        }
    }

    record NotSatisfied(CatalogueVersion catalogueVersion, LegalBasis basis, JurisdictionCode host, String hostName,
            CaseFacts facts, List<Finding> findings) implements DualCriminalityVerdict {

        public NotSatisfied {
            findings = List.copyOf(findings);
        }

        @Override
        public Outcome outcome() {
            return Outcome.NOT_SATISFIED;
        }
    }

    record Uncertain(CatalogueVersion catalogueVersion, LegalBasis basis, JurisdictionCode host, String hostName,
            CaseFacts facts, Cause cause, List<Finding> findings) implements DualCriminalityVerdict {

        public Uncertain {
            findings = List.copyOf(findings);
        }

        @Override
        public Outcome outcome() {
            return Outcome.UNCERTAIN;
        }
    }
}
