package kz.tizim.core.legal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parser accepts the documented format and rejects anything else with file:line: reason. */
class LegalCatalogueFileTest {

    /** A valid file; tests break one thing at a time. Line numbers below refer to this text. */
    private static final String VALID = header() + categories() + """
            [jurisdiction DE]
            name = Germany
            kind = STATE

            [basis KZ-CC-312]
            kind = CRIMINAL_OFFENCE
            category = CSAM
            citation = Criminal Code, art. 312 (no. to verify)
            summary.kk = Кәмелетке толмағандар
            summary.ru = Несовершеннолетние
            summary.en = Minors
            measures = ACCESS_RESTRICTION, REMOVAL_NOTICE
            status = TO_VERIFY
            note = [GK]

            [provision DE-STGB-184B]
            jurisdiction = DE
            category = CSAM
            coverage = OFFENCE
            citation = StGB § 184b
            summary = Distributing CSAM.
            status = TO_VERIFY
            note = [GK]
            """;

    @Test
    void parsesAValidFile() throws IOException {
        var result = LegalCatalogueFile.parse("test.txt", new StringReader(VALID));

        assertThat(result).isInstanceOfSatisfying(CatalogueFileResult.Parsed.class, parsed -> {
            LegalCatalogue catalogue = parsed.catalogue();
            assertThat(catalogue.version().number()).isEqualTo(3);
            assertThat(catalogue.bases()).singleElement().satisfies(basis -> {
                assertThat(basis.measures()).containsExactlyInAnyOrder(Measure.ACCESS_RESTRICTION, Measure.REMOVAL_NOTICE);
                assertThat(basis.summary().kk()).isEqualTo("Кәмелетке толмағандар");
            });
            assertThat(catalogue.provisions()).singleElement()
                    .satisfies(p -> assertThat(p.coverage()).isEqualTo(Coverage.OFFENCE));
        });
    }

    @Test
    void rejectsAnEntryWithoutCitationAtItsHeaderLine() {
        assertThat(problems(VALID.replace("citation = StGB § 184b\n", "")))
                .containsExactly("test.txt:" + lineOf("[provision DE-STGB-184B]")
                        + ": [provision DE-STGB-184B] lacks 'citation = ...'");
    }

    @Test
    void rejectsAnEntryWithoutStatus() {
        assertThat(problems(VALID.replace("status = TO_VERIFY\nnote = [GK]\n\n[provision", "note = [GK]\n\n[provision")))
                .containsExactly("test.txt:" + lineOf("[basis KZ-CC-312]") + ": [basis KZ-CC-312] lacks 'status = ...'");
    }

    @Test
    void rejectsAnEmptyCitationAtItsOwnLine() {
        String text = VALID.replace("citation = StGB § 184b", "citation =");

        assertThat(problems(text)).containsExactly(
                "test.txt:" + lineOf(text, "citation =") + ": 'citation' is empty in [provision DE-STGB-184B]");
    }

    @Test
    void rejectsAnUnknownStatusListingTheAllowedOnes() {
        String text = VALID.replace("coverage = OFFENCE\ncitation = StGB § 184b\nsummary = Distributing CSAM.\nstatus = TO_VERIFY",
                "coverage = OFFENCE\ncitation = StGB § 184b\nsummary = Distributing CSAM.\nstatus = CHECKED");

        assertThat(problems(text)).containsExactly("test.txt:" + lineOf(text, "status = CHECKED")
                + ": 'CHECKED' is not a valid status; expected one of [VERIFIED, TO_VERIFY]");
    }

    @Test
    void rejectsATypoInAKey() {
        String text = VALID.replace("summary = Distributing CSAM.", "summary = Distributing CSAM.\nsumary = twice");

        assertThat(problems(text)).containsExactly(
                "test.txt:" + lineOf(text, "sumary") + ": unknown key 'sumary' in [provision DE-STGB-184B]");
    }

    @Test
    void rejectsAKeyGivenTwice() {
        String text = VALID.replace("name = Germany", "name = Germany\nname = Deutschland");

        assertThat(problems(text)).containsExactly(
                "test.txt:" + lineOf(text, "name = Deutschland") + ": key 'name' given twice in [jurisdiction DE]");
    }

    @Test
    void rejectsALineThatIsNeitherSectionNorKeyValue() {
        String text = VALID.replace("kind = STATE", "kind = STATE\nGermany is a state");

        assertThat(problems(text)).containsExactly("test.txt:" + lineOf(text, "Germany is a state")
                + ": expected '[type id]', 'key = value' or a '#' comment, found 'Germany is a state'");
    }

    @Test
    void rejectsADuplicateIdAtTheSecondOccurrence() {
        String text = VALID + "\n[jurisdiction DE]\nname = Germany again\nkind = STATE\n";

        assertThat(problems(text)).containsExactly(
                "test.txt:" + lineOf(text, "name = Germany again", -1) + ": jurisdiction defined twice");
    }

    @Test
    void rejectsAProvisionOfAnUndeclaredJurisdiction() {
        String text = VALID.replace("[jurisdiction DE]\nname = Germany\nkind = STATE\n", "");

        assertThat(problems(text)).containsExactly("test.txt:" + lineOf(text, "[provision DE-STGB-184B]")
                + ": jurisdiction DE is not declared in a [jurisdiction] section");
    }

    @Test
    void rejectsAProvisionIdThatDoesNotStartWithItsJurisdiction() {
        String text = VALID.replace("[provision DE-STGB-184B]", "[provision FR-CP-227-23]");

        assertThat(problems(text)).containsExactly("test.txt:" + lineOf(text, "[provision FR-CP-227-23]")
                + ": provision id FR-CP-227-23 must start with DE-");
    }

    @Test
    void rejectsAMissingCategoryProcedureAtTheEndOfTheFile() {
        String text = VALID.replace("[category OTHER]", "[category OTHER_THINGS]");

        assertThat(problems(text)).containsExactly(
                "test.txt:" + lineOf(text, "[category OTHER_THINGS]") + ": unknown category 'OTHER_THINGS'");
        String without = VALID.replaceAll("(?s)\\[category OTHER].*?locators = PUBLISHED\n", "");
        assertThat(problems(without)).containsExactly(
                "test.txt:" + without.lines().count() + ": no procedure for category OTHER");
    }

    @Test
    void rejectsADeadlineThatIsNeitherDurationNorWorkingDays() {
        String text = VALID.replaceFirst("decide-within = 3 working days", "decide-within = three days");

        assertThat(problems(text)).singleElement().asString()
                .startsWith("test.txt:" + lineOf(text, "three days") + ": not a deadline: 'three days'");
    }

    @Test
    void rejectsAnUnknownFormat() {
        String text = VALID.replace("format = tizim-legal-catalogue/1", "format = tizim-legal-catalogue/2");

        assertThat(problems(text)).containsExactly(
                "test.txt:1: unsupported format 'tizim-legal-catalogue/2', expected 'tizim-legal-catalogue/1'");
    }

    @Test
    void reportsEveryProblemInLineOrder() {
        String text = VALID.replace("version = 3", "version = zero").replace("kind = STATE", "kind = COUNTRY");

        assertThat(problems(text)).containsExactly(
                "test.txt:2: version must be a positive integer, not 'zero'",
                "test.txt:" + lineOf(text, "kind = COUNTRY")
                        + ": 'COUNTRY' is not a valid kind; expected one of [STATE, UNION, INSTRUMENT]");
    }

    @Test
    void sameTextGivesTheSameVersionAndAnyEditChangesIt() {
        var original = parsed(VALID).version();
        var again = parsed(VALID).version();
        var commentOnly = parsed(VALID + "# reviewed by counsel\n").version();

        assertThat(again).isEqualTo(original);
        assertThat(commentOnly.number()).isEqualTo(original.number());
        assertThat(commentOnly.sha256()).isNotEqualTo(original.sha256());
    }

    private static LegalCatalogue parsed(String text) {
        return ((CatalogueFileResult.Parsed) LegalCatalogueFile.parse("test.txt", text)).catalogue();
    }

    private static List<String> problems(String text) {
        var result = LegalCatalogueFile.parse("test.txt", text);
        assertThat(result).isInstanceOf(CatalogueFileResult.Rejected.class);
        return ((CatalogueFileResult.Rejected) result).problems().stream().map(FileProblem::toString).toList();
    }

    private static int lineOf(String needle) {
        return lineOf(VALID, needle);
    }

    private static int lineOf(String text, String needle) {
        return lineOf(text, needle, 0);
    }

    /** 1-based line equal to, or else first containing, {@code needle}, plus {@code offset} lines. */
    private static int lineOf(String text, String needle, int offset) {
        List<String> lines = text.lines().toList();
        int exact = lines.indexOf(needle);
        if (exact >= 0) {
            return exact + 1 + offset;
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i + 1 + offset;
            }
        }
        throw new AssertionError("not in text: " + needle);
    }

    private static String header() {
        return "format = tizim-legal-catalogue/1\nversion = 3\n\n";
    }

    private static String categories() {
        var text = new StringBuilder();
        for (OffenceCategory category : OffenceCategory.values()) {
            text.append("[category ").append(category).append("]\n")
                    .append("urgency = ORDINARY\n")
                    .append("decide-within = 3 working days\n")
                    .append("owner-complies-within = PT72H\n")
                    .append("notice-before-restriction = yes\n")
                    .append("locators = PUBLISHED\n\n");
        }
        return text.toString();
    }
}
