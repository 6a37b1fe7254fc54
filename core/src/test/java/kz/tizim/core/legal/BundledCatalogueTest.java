package kz.tizim.core.legal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Acceptance tests on the reviewed data file shipped in the jar: the build fails if it rots. */
class BundledCatalogueTest {

    private static final Pattern SOURCE_MARK = Pattern.compile("\\[(S\\d+|GK)]");
    private static final Pattern KAZAKH_LETTER = Pattern.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]");

    private final LegalCatalogue catalogue = LegalCatalogueFile.bundled();

    @Test
    void bundledFileParsesWithoutProblems() throws IOException {
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream(LegalCatalogueFile.BUNDLED))) {
            var result = LegalCatalogueFile.parse("legal-catalogue.txt", new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertThat(result).as(result.toString()).isInstanceOf(CatalogueFileResult.Parsed.class);
        }
    }

    @Test
    void everyEntryHasACitationAStatusAndASourceMark() {
        for (LegalBasis basis : catalogue.bases()) {
            assertThat(basis.citation()).as(basis.id().value()).isNotBlank();
            assertThat(basis.review().status()).as(basis.id().value()).isNotNull();
            assertThat(basis.review().note()).as(basis.id().value()).containsPattern(SOURCE_MARK);
        }
        for (ForeignProvision provision : catalogue.provisions()) {
            assertThat(provision.citation()).as(provision.id().value()).isNotBlank();
            assertThat(provision.review().status()).as(provision.id().value()).isNotNull();
            assertThat(provision.review().note()).as(provision.id().value()).containsPattern(SOURCE_MARK);
        }
    }

    @Test
    void nothingIsVerifiedUntilALawyerReviewsIt() {
        assertThat(catalogue.bases()).extracting(basis -> basis.review().status()).containsOnly(ReviewStatus.TO_VERIFY);
        assertThat(catalogue.provisions()).extracting(p -> p.review().status()).containsOnly(ReviewStatus.TO_VERIFY);
    }

    @Test
    void articleNumbersTheNotesMarkUnconfirmedSayNoToVerifyInTheCitation() {
        for (String id : List.of("KZ-CC-312", "KZ-CC-307", "KZ-CC-147", "KZ-CC-274", "KZ-CAO-COPYRIGHT")) {
            assertThat(basis(id).citation()).as(id).contains("(no. to verify)");
            assertThat(basis(id).review().note()).as(id).contains("[GK]");
        }
    }

    @Test
    void kazakhSummariesAreWrittenInKazakh() {
        for (LegalBasis basis : catalogue.bases()) {
            assertThat(basis.summary().kk()).as(basis.id().value()).containsPattern(KAZAKH_LETTER);
            assertThat(basis.summary().ru()).as(basis.id().value()).doesNotContainPattern(KAZAKH_LETTER);
        }
    }

    @Test
    void listsTheKazakhBasesByStableIds() {
        assertThat(catalogue.bases()).extracting(basis -> basis.id().value()).containsExactly(
                "KZ-CC-198", "KZ-CAO-COPYRIGHT", "KZ-LAW-COPYRIGHT",
                "KZ-CC-256", "KZ-LAW-TERRORISM",
                "KZ-CC-174", "KZ-CC-179", "KZ-CC-180", "KZ-CC-182", "KZ-CC-258", "KZ-CC-405", "KZ-LAW-EXTREMISM",
                "KZ-CC-312", "KZ-CC-297", "KZ-CC-299-1", "KZ-CC-307", "KZ-CC-190", "KZ-CC-105", "KZ-CC-147",
                "KZ-CC-274", "KZ-LAW-COMMS-41-1", "KZ-LAW-MEDIA-2024", "KZ-LAW-PLATFORMS-9", "KZ-LAW-INFORMATIZATION");
    }

    @Test
    void everyCategoryHasACriminalKazakhBasis() {
        for (OffenceCategory category : OffenceCategory.values()) {
            assertThat(catalogue.basesIn(category)).as(category.name())
                    .anyMatch(basis -> basis.kind() == BasisKind.CRIMINAL_OFFENCE);
        }
    }

    @Test
    void coversTheTwelveRequiredJurisdictions() {
        assertThat(catalogue.jurisdictions()).extracting(j -> j.code().value()).containsExactly(
                "RU", "KG", "UZ", "CN", "TR", "DE", "NL", "FR", "GB", "US", "EU", "COE-BUDAPEST");
    }

    @Test
    void everyJurisdictionSaysSomethingAboutEveryCriminalBasis() {
        var speechOrOffence = catalogue.bases().stream()
                .filter(basis -> basis.kind() == BasisKind.CRIMINAL_OFFENCE)
                .filter(basis -> !List.of("extremist-group", "financing", "banned-organisation").contains(basis.subtype()))
                .toList();
        for (Jurisdiction jurisdiction : catalogue.jurisdictions()) {
            for (LegalBasis basis : speechOrOffence) {
                assertThat(catalogue.provisionsConcerning(basis, jurisdiction.code()))
                        .as(basis.id() + " in " + jurisdiction.code()).isNotEmpty();
            }
        }
    }

    @Test
    void terrorismAndCsamAreDecidedWithinOneHourAndRestrictedBeforeNotice() {
        for (OffenceCategory category : List.of(OffenceCategory.TERRORISM_PROPAGANDA, OffenceCategory.CSAM)) {
            CategoryProcedure procedure = catalogue.procedure(category);
            assertThat(procedure.urgency()).isEqualTo(Urgency.IMMEDIATE);
            assertThat(procedure.decideWithin()).isEqualTo(new Deadline.Elapsed(Duration.ofHours(1)));
            assertThat(procedure.noticeBeforeRestriction()).isFalse();
        }
    }

    @Test
    void ordinaryCategoriesGiveTheOwnerNoticeAndSeventyTwoHours() {
        CategoryProcedure copyright = catalogue.procedure(OffenceCategory.COPYRIGHT);
        assertThat(copyright.decideWithin()).isEqualTo(new Deadline.WorkingDays(3));
        assertThat(copyright.ownerComplyWithin()).isEqualTo(new Deadline.Elapsed(Duration.ofHours(72)));
        assertThat(copyright.noticeBeforeRestriction()).isTrue();
    }

    @Test
    void csamLocatorsAreNeverPublished() {
        assertThat(catalogue.procedure(OffenceCategory.CSAM).locators()).isEqualTo(LocatorPublication.HASHES_ONLY);
    }

    @Test
    void versionCarriesTheSha256OfTheFileAsShipped() throws Exception {
        byte[] bytes;
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream(LegalCatalogueFile.BUNDLED))) {
            bytes = in.readAllBytes();
        }
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        assertThat(catalogue.version().number()).isEqualTo(1);
        assertThat(catalogue.version().sha256()).isEqualTo(expected);
    }

    private LegalBasis basis(String id) {
        return catalogue.basis(new LegalBasisId(id)).orElseThrow();
    }
}
