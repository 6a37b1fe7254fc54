package kz.tizim.server.transparency;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One figure of the transparency report: a table (the accessible source of truth, also served as
 * CSV) and how to draw it.
 *
 * @param id      the figure's name in URLs and message keys ({@code decisions-by-category})
 * @param columns the table's columns, in order
 * @param rows    one list of cell values per row, in column order; a cell may be null (no value)
 * @param chart   which columns the chart draws
 */
record Figure(String id, List<Column> columns, List<List<@Nullable Object>> rows, Chart chart) {

    Figure {
        columns = List.copyOf(columns);
        rows = Collections.unmodifiableList(new ArrayList<>(rows));
    }

    /**
     * A table column.
     *
     * @param name  the CSV header and the message key suffix {@code transparency.column.<name>}
     * @param codes for columns holding codes (categories, outcomes), the message key prefix that
     *              names each code; null for plain values
     */
    record Column(String name, @Nullable String codes, boolean numeric) {

        static Column text(String name) {
            return new Column(name, null, false);
        }

        static Column code(String name, String codes) {
            return new Column(name, codes, false);
        }

        static Column number(String name) {
            return new Column(name, null, true);
        }
    }

    /**
     * How the chart reads the table: labels along the x axis from column {@code x}; either one
     * series per distinct value of column {@code series} (stacked, value from the single column in
     * {@code values}), or, when {@code series} is negative, one series per column in {@code values}.
     */
    record Chart(String type, int x, int series, List<Integer> values, boolean stacked) {

        static Chart stacked(int x, int series, int value) {
            return new Chart("bar", x, series, List.of(value), true);
        }

        static Chart bars(int x, Integer... values) {
            return new Chart("bar", x, -1, List.of(values), false);
        }

        static Chart line(int x, Integer... values) {
            return new Chart("line", x, -1, List.of(values), false);
        }
    }
}
