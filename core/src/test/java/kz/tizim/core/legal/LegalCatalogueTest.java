package kz.tizim.core.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A catalogue built from rows obeys the same rules as one parsed from the file. */
class LegalCatalogueTest {

    @Test
    void buildsFromRowsAndAnswersLookups() {
        var catalogue = CatalogueFixture.catalogue(ReviewStatus.TO_VERIFY);

        assertThat(catalogue.version()).isEqualTo(CatalogueFixture.VERSION);
        assertThat(catalogue.basis(new LegalBasisId("KZ-CC-312"))).isPresent();
        assertThat(catalogue.basis(new LegalBasisId("KZ-CC-999"))).isEmpty();
        assertThat(catalogue.jurisdiction(new JurisdictionCode("DE"))).map(Jurisdiction::name).hasValue("Germany");
        assertThat(catalogue.provisions(new JurisdictionCode("DE"), OffenceCategory.CSAM)).hasSize(1);
    }

    @Test
    void rejectsRowsWithDuplicateIdsOrUndeclaredJurisdictions() {
        var basis = CatalogueFixture.basis(ReviewStatus.TO_VERIFY);
        var french = new ForeignProvision(new ProvisionId("FR-CP-227-23"), new JurisdictionCode("FR"),
                OffenceCategory.CSAM, "", Coverage.OFFENCE, "Code pénal, art. 227-23", "CSAM.", Set.of(),
                Review.toVerify("[GK]"));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> LegalCatalogue.of(CatalogueFixture.VERSION, CatalogueFixture.procedures(),
                        List.of(CatalogueFixture.germany()), List.of(basis, basis), List.of(french)))
                .withMessageContaining("basis KZ-CC-312: basis id used twice")
                .withMessageContaining("provision FR-CP-227-23: jurisdiction FR is not declared");
    }

    @Test
    void rejectsACatalogueMissingACategoryProcedure() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LegalCatalogue.of(CatalogueFixture.VERSION,
                        CatalogueFixture.procedures().subList(1, OffenceCategory.values().length),
                        List.of(), List.of(), List.of()))
                .withMessageContaining("no procedure for category COPYRIGHT");
    }

    @Test
    void entriesRefuseBlankCitations() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ForeignProvision(new ProvisionId("DE-X-1"), new JurisdictionCode("DE"),
                        OffenceCategory.CSAM, "", Coverage.OFFENCE, " ", "summary", Set.of(), Review.toVerify("[GK]")))
                .withMessage("citation of DE-X-1 must not be blank");
    }

    @Test
    void onlyNarrowerProvisionsMayRequireFacts() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ForeignProvision(new ProvisionId("DE-X-1"), new JurisdictionCode("DE"),
                        OffenceCategory.COPYRIGHT, "", Coverage.OFFENCE, "UrhG", "summary",
                        Set.of(Fact.COMMERCIAL_SCALE), Review.toVerify("[GK]")))
                .withMessageContaining("only NARROWER provisions require facts");
    }

    @Test
    void jurisdictionCodesAreIsoAlpha2OrInstrumentIds() {
        assertThat(JurisdictionCode.parse(" de ").value()).isEqualTo("DE");
        assertThat(JurisdictionCode.parse("coe-budapest").value()).isEqualTo("COE-BUDAPEST");
        assertThatIllegalArgumentException().isThrownBy(() -> JurisdictionCode.parse("D"));
        assertThatIllegalArgumentException().isThrownBy(() -> JurisdictionCode.parse("U$"));
    }
}
