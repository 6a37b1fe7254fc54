package kz.tizim.server.transparency;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** RFC 4180 lines: fields quoted when they hold a comma, quote or line break; null is an empty field. */
final class Csv {

    private Csv() {
    }

    /** A figure's table: the header of column names, then its rows, as served at {@code /transparency/{id}.csv}. */
    static String figure(Figure figure) {
        StringBuilder body = new StringBuilder(line(figure.columns().stream().map(Figure.Column::name).toList()));
        figure.rows().forEach(row -> body.append(line(row)));
        return body.toString();
    }

    static String line(List<? extends @Nullable Object> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            Object field = fields.get(i);
            String text = field == null ? "" : field.toString();
            if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
                line.append('"').append(text.replace("\"", "\"\"")).append('"');
            } else {
                line.append(text);
            }
        }
        return line.append("\r\n").toString();
    }
}
