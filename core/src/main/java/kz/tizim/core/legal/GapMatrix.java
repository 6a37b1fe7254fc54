package kz.tizim.core.legal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The intercalibration gap matrix: category by jurisdiction, with the Kazakh bases first. It shows
 * at a glance where a Kazakh restriction has no counterpart abroad.
 */
public record GapMatrix(CatalogueVersion version, List<Jurisdiction> columns, List<Row> rows) {

    /** One category: its Kazakh bases and one cell per column. */
    public record Row(OffenceCategory category, List<LegalBasis> kazakhBases, List<MatrixCell> cells) {

        public Row {
            kazakhBases = List.copyOf(kazakhBases);
            cells = List.copyOf(cells);
        }

        /** The Kazakh column: basis ids separated by {@code " | "}. */
        public String kazakhText() {
            return kazakhBases.stream().map(basis -> basis.id().value()).collect(Collectors.joining(" | "));
        }
    }

    public GapMatrix {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public static GapMatrix of(LegalCatalogue catalogue) {
        var rows = new ArrayList<Row>();
        for (OffenceCategory category : OffenceCategory.values()) {
            var cells = new ArrayList<MatrixCell>();
            for (Jurisdiction column : catalogue.jurisdictions()) {
                cells.add(new MatrixCell(category, column.code(), catalogue.provisions(column.code(), category)));
            }
            rows.add(new Row(category, catalogue.basesIn(category), cells));
        }
        return new GapMatrix(catalogue.version(), catalogue.jurisdictions(), rows);
    }
}
