package kz.tizim.core.legal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The gap matrix as RFC 4180 CSV, read back by a strict reader. */
class GapMatrixCsvTest {

    private final String csv = GapMatrixCsv.render(GapMatrix.of(LegalCatalogueFile.bundled()));

    @Test
    void hasAHeaderAndOneRecordPerCategoryEndingInCrlf() {
        List<List<String>> records = Rfc4180.read(csv);

        assertThat(records.get(0)).containsExactly("category", "KZ", "RU", "KG", "UZ", "CN", "TR", "DE", "NL", "FR",
                "GB", "US", "EU", "COE-BUDAPEST");
        assertThat(records).hasSize(1 + OffenceCategory.values().length);
        assertThat(records).allSatisfy(record -> assertThat(record).hasSize(14));
        assertThat(csv).endsWith("\r\n").doesNotContain("\r\n\r\n");
        assertThat(csv.replace("\r\n", "")).doesNotContain("\n");
    }

    @Test
    void cellsNameCoverageCitationAndRequiredFacts() {
        List<List<String>> records = Rfc4180.read(csv);
        List<String> copyright = records.get(1);

        assertThat(copyright.get(0)).isEqualTo("COPYRIGHT");
        assertThat(copyright.get(1)).isEqualTo("KZ-CC-198 | KZ-CAO-COPYRIGHT | KZ-LAW-COPYRIGHT");
        assertThat(copyright.get(11))
                .isEqualTo("NARROWER: 17 U.S.C. § 506(a); 18 U.S.C. § 2319 [requires COMMERCIAL_SCALE]");
        assertThat(records.get(8).get(7)).isEqualTo("NOT_AN_OFFENCE: "
                + "BVerfG, judgment of 26 February 2020, 2 BvR 2347/15 (StGB § 217 void)");
    }

    @Test
    void quotesFieldsWithCommasAndDoublesInnerQuotes() {
        assertThat(GapMatrixCsv.field("plain")).isEqualTo("plain");
        assertThat(GapMatrixCsv.field("arts. 280, 280.1")).isEqualTo("\"arts. 280, 280.1\"");
        assertThat(GapMatrixCsv.field("Law \"On Media\"")).isEqualTo("\"Law \"\"On Media\"\"\"");
        assertThat(GapMatrixCsv.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(csv).contains(",\"[incitement] OFFENCE: Criminal Code of the Russian Federation, arts. 280, 280.1 | ");
    }

    @Test
    void showsCellsWithoutDataDistinctly() {
        var fixture = CatalogueFixture.catalogue(ReviewStatus.TO_VERIFY);

        List<List<String>> records = Rfc4180.read(GapMatrixCsv.render(GapMatrix.of(fixture)));

        assertThat(records.get(1)).containsExactly("COPYRIGHT", "", MatrixCell.NO_DATA);
        assertThat(records.get(4)).containsExactly("CSAM", "KZ-CC-312", "OFFENCE: StGB § 184b");
    }

    /** A strict RFC 4180 reader, so the test does not trust the writer's own idea of quoting. */
    static final class Rfc4180 {

        static List<List<String>> read(String text) {
            var records = new ArrayList<List<String>>();
            var record = new ArrayList<String>();
            var field = new StringBuilder();
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == '"' && field.length() == 0) {
                    i++;
                    while (true) {
                        char q = text.charAt(i++);
                        if (q == '"') {
                            if (i < text.length() && text.charAt(i) == '"') {
                                field.append('"');
                                i++;
                            } else {
                                break;
                            }
                        } else {
                            field.append(q);
                        }
                    }
                } else if (c == ',') {
                    record.add(field.toString());
                    field.setLength(0);
                    i++;
                } else if (c == '\r') {
                    assertThat(text.charAt(i + 1)).as("CR must be followed by LF").isEqualTo('\n');
                    record.add(field.toString());
                    field.setLength(0);
                    records.add(List.copyOf(record));
                    record.clear();
                    i += 2;
                } else {
                    assertThat(c).as("bare quote or LF outside quotes at " + i).isNotIn('"', '\n');
                    field.append(c);
                    i++;
                }
            }
            assertThat(record).as("last record must end with CRLF").isEmpty();
            return records;
        }
    }
}
