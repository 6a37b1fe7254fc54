package kz.tizim.core.legal;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders the gap matrix as CSV per RFC 4180: CRLF line ends, and fields with a comma, quote or
 * line break enclosed in double quotes with inner quotes doubled. Citations often contain commas.
 */
public final class GapMatrixCsv {

    private static final String CRLF = "\r\n";

    private GapMatrixCsv() {
    }

    public static String render(GapMatrix matrix) {
        var csv = new StringBuilder();
        var header = new ArrayList<String>();
        header.add("category");
        header.add("KZ");
        matrix.columns().forEach(column -> header.add(column.code().value()));
        appendRecord(csv, header);
        for (GapMatrix.Row row : matrix.rows()) {
            var fields = new ArrayList<String>();
            fields.add(row.category().name());
            fields.add(row.kazakhText());
            row.cells().forEach(cell -> fields.add(cell.text()));
            appendRecord(csv, fields);
        }
        return csv.toString();
    }

    private static void appendRecord(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(fields.get(i)));
        }
        csv.append(CRLF);
    }

    static String field(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
