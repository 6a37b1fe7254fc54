package kz.tizim.server.catalogue;

import java.util.List;
import kz.tizim.core.legal.CatalogueVersion;
import kz.tizim.core.legal.Coverage;
import kz.tizim.core.legal.ForeignProvision;
import kz.tizim.core.legal.GapMatrix;
import kz.tizim.core.legal.Jurisdiction;
import kz.tizim.core.legal.LegalBasis;
import kz.tizim.core.legal.LegalCatalogue;
import kz.tizim.core.legal.MatrixCell;
import kz.tizim.core.legal.OffenceCategory;

/**
 * The gap matrix as the console page and the PDF draw it. A cell is coloured by its widest
 * coverage (an offence anywhere in it beats a narrower one, and so on), and lists every provision
 * with its own label, so colour is never the only cue.
 */
record MatrixTable(CatalogueVersion version, List<Jurisdiction> columns, List<Row> rows, int entries, int toVerify) {

    /** Coverage from widest to narrowest, as far as dual criminality goes; the cell takes the first found. */
    static final List<Coverage> WIDEST_FIRST = List.of(Coverage.OFFENCE, Coverage.NARROWER, Coverage.UNCLEAR,
            Coverage.NOT_COVERED, Coverage.ADMIN_ONLY, Coverage.CIVIL_ONLY, Coverage.PROTECTED_SPEECH,
            Coverage.NOT_AN_OFFENCE);

    /** The tones of the legend, in order: every coverage, then cells without data. */
    static final List<String> TONES = tones();

    record Row(OffenceCategory category, List<LegalBasis> kazakhBases, List<Cell> cells) {
    }

    /** @param tone a {@link Coverage} name, or {@link MatrixCell#NO_DATA} */
    record Cell(OffenceCategory category, Jurisdiction jurisdiction, String tone, List<ForeignProvision> provisions) {
    }

    static MatrixTable of(LegalCatalogue catalogue) {
        GapMatrix matrix = GapMatrix.of(catalogue);
        List<Row> rows = matrix.rows().stream().map(row -> new Row(row.category(), row.kazakhBases(),
                row.cells().stream().map(cell -> new Cell(row.category(),
                        catalogue.jurisdiction(cell.jurisdiction()).orElseThrow(), tone(cell),
                        cell.provisions())).toList())).toList();
        int entries = catalogue.bases().size() + catalogue.provisions().size();
        int toVerify = (int) (catalogue.bases().stream().filter(b -> !b.review().verified()).count()
                + catalogue.provisions().stream().filter(p -> !p.review().verified()).count());
        return new MatrixTable(matrix.version(), matrix.columns(), rows, entries, toVerify);
    }

    static String tone(MatrixCell cell) {
        for (Coverage coverage : WIDEST_FIRST) {
            if (cell.provisions().stream().anyMatch(p -> p.coverage() == coverage)) {
                return coverage.name();
            }
        }
        return MatrixCell.NO_DATA;
    }

    private static List<String> tones() {
        var tones = new java.util.ArrayList<String>();
        WIDEST_FIRST.forEach(coverage -> tones.add(coverage.name()));
        tones.add(MatrixCell.NO_DATA);
        return List.copyOf(tones);
    }
}
