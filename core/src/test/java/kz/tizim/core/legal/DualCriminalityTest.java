package kz.tizim.core.legal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kz.tizim.core.legal.DualCriminalityVerdict.Cause;
import kz.tizim.core.legal.DualCriminalityVerdict.Outcome;
import org.junit.jupiter.api.Test;

/** The assessment's reasoning and the letter text it produces. */
class DualCriminalityTest {

    private final LegalCatalogue catalogue = LegalCatalogueFile.bundled();
    private final DualCriminality dualCriminality = new DualCriminality(catalogue);

    @Test
    void unknownCountryIsUncertainForLackOfCatalogueData() {
        var verdict = dualCriminality.assess(basis("KZ-CC-256"), JurisdictionCode.parse("jp"), CaseFacts.unknown());

        assertThat(verdict).isInstanceOfSatisfying(DualCriminalityVerdict.Uncertain.class,
                uncertain -> assertThat(uncertain.cause()).isEqualTo(Cause.NO_CATALOGUE_DATA));
        assertThat(verdict.explanation()).contains("no catalogue data for JP");
        assertThat(verdict.findings()).isEmpty();
    }

    @Test
    void nonCommercialCopyrightInTheUsIsNotSatisfiedAndTheLetterSaysWhy() {
        var facts = CaseFacts.unknown().with(Fact.COMMERCIAL_SCALE, false);

        var verdict = dualCriminality.assess(basis("KZ-CC-198"), code("US"), facts);

        assertThat(verdict.outcome()).isEqualTo(Outcome.NOT_SATISFIED);
        assertThat(verdict.decisive()).extracting(finding -> finding.provision().id().value())
                .containsExactly("US-USC17-506");
        assertThat(verdict.decisive().get(0).conditions())
                .containsEntry(Fact.COMMERCIAL_SCALE, CaseFacts.State.RULED_OUT);
        assertThat(verdict.explanation())
                .startsWith("Dual criminality is not satisfied.")
                .contains("Criminal Code of the Republic of Kazakhstan of 3 July 2014 No. 226-V, art. 198 (KZ-CC-198)")
                .contains("United States (US)")
                .contains("17 U.S.C. § 506(a)")
                .contains("which the facts of this case rule out");
    }

    @Test
    void propagandaThatIsProtectedSpeechInTheUsIsNotSatisfied() {
        var facts = CaseFacts.unknown()
                .with(Fact.INCITES_IMMINENT_VIOLENCE, false)
                .with(Fact.DESIGNATED_ORGANISATION, false);

        var verdict = dualCriminality.assess(basis("KZ-CC-256"), code("US"), facts);

        assertThat(verdict.outcome()).isEqualTo(Outcome.NOT_SATISFIED);
        assertThat(verdict.decisive()).extracting(finding -> finding.provision().coverage())
                .contains(Coverage.PROTECTED_SPEECH);
        assertThat(verdict.explanation()).contains("Brandenburg v. Ohio, 395 U.S. 444 (1969) (protected speech)");
    }

    @Test
    void unknownFactsMakeTheVerdictUncertainAndTheLetterNamesWhatToEstablish() {
        var verdict = dualCriminality.assess(basis("KZ-CC-256"), code("US"), CaseFacts.unknown());

        assertThat(verdict.outcome()).isEqualTo(Outcome.UNCERTAIN);
        assertThat(verdict.decisive()).extracting(finding -> finding.provision().id().value())
                .containsExactly("US-USC18-2339B", "US-INCITEMENT-TERRORISM");
        assertThat(verdict.explanation())
                .contains("It applies only if the content was produced or spread in coordination with an organisation")
                .contains("Otherwise the conduct is not a crime there:")
                .contains("Brandenburg");
    }

    @Test
    void satisfiedVerdictCitesTheMatchingForeignOffence() {
        var verdict = dualCriminality.assess(basis("KZ-CC-312"), code("DE"), CaseFacts.unknown());

        assertThat(verdict.outcome()).isEqualTo(Outcome.SATISFIED);
        assertThat(verdict.decisive()).extracting(finding -> finding.provision().citation())
                .containsExactly("Strafgesetzbuch (StGB) § 184b");
        assertThat(verdict.explanation()).startsWith("Dual criminality appears satisfied.").contains("Germany (DE)");
    }

    @Test
    void offenceWinsOverANarrowerProvisionInTheSameJurisdiction() {
        var verdict = dualCriminality.assess(basis("KZ-CC-174"), code("RU"), CaseFacts.unknown());

        assertThat(verdict.outcome()).isEqualTo(Outcome.SATISFIED);
        assertThat(verdict.findings()).hasSize(2);
        assertThat(verdict.decisive()).extracting(finding -> finding.provision().id().value())
                .containsExactly("RU-UK-280");
    }

    @Test
    void administrativeBasisIsNotComparedAsACrime() {
        var verdict = dualCriminality.assess(basis("KZ-CAO-COPYRIGHT"), code("DE"), CaseFacts.unknown());

        assertThat(verdict).isInstanceOfSatisfying(DualCriminalityVerdict.Uncertain.class,
                uncertain -> assertThat(uncertain.cause()).isEqualTo(Cause.BASIS_NOT_CRIMINAL));
        assertThat(verdict.explanation()).contains("is an administrative offence, not a criminal offence");
    }

    @Test
    void organisationalExtremismHasNoCounterpartYetRatherThanAFreeSpeechOne() {
        var verdict = dualCriminality.assess(basis("KZ-CC-258"), code("US"), CaseFacts.unknown());

        assertThat(verdict).isInstanceOfSatisfying(DualCriminalityVerdict.Uncertain.class,
                uncertain -> assertThat(uncertain.cause()).isEqualTo(Cause.NO_PROVISION));
        assertThat(verdict.explanation()).contains("no provision of United States (US) on extremism incitement (financing)");
    }

    @Test
    void letterCarriesTheReviewCaveatAndTheCatalogueVersion() {
        var verdict = dualCriminality.assess(basis("KZ-CC-312"), code("DE"), CaseFacts.unknown());

        assertThat(verdict.reliesOnVerifiedEntriesOnly()).isFalse();
        assertThat(verdict.catalogueVersion()).isEqualTo(catalogue.version());
        assertThat(verdict.explanation())
                .contains("marked TO_VERIFY; a lawyer must check them")
                .endsWith("Legal catalogue " + catalogue.version().label() + ".");
    }

    @Test
    void verifiedEntriesDropTheCaveat() {
        var fixture = CatalogueFixture.catalogue(ReviewStatus.VERIFIED);
        var basis = fixture.bases().get(0);

        var verdict = new DualCriminality(fixture).assess(basis, code("DE"), CaseFacts.unknown());

        assertThat(verdict.outcome()).isEqualTo(Outcome.SATISFIED);
        assertThat(verdict.reliesOnVerifiedEntriesOnly()).isTrue();
        assertThat(verdict.explanation()).doesNotContain("TO_VERIFY");
    }

    @Test
    void unclearForeignLawIsUncertainNeverSatisfied() {
        for (String basisId : List.of("KZ-CC-198", "KZ-CC-256", "KZ-CC-312", "KZ-CC-297", "KZ-CC-105")) {
            var verdict = dualCriminality.assess(basis(basisId), code("KG"), CaseFacts.unknown());
            assertThat(verdict.outcome()).as(basisId).isEqualTo(Outcome.UNCERTAIN);
            assertThat(verdict.explanation()).as(basisId).contains("(unclear)");
        }
    }

    private LegalBasis basis(String id) {
        return catalogue.basis(new LegalBasisId(id)).orElseThrow();
    }

    private static JurisdictionCode code(String code) {
        return new JurisdictionCode(code);
    }
}
