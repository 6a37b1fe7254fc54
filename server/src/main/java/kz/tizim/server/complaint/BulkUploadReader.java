package kz.tizim.server.complaint;

import java.io.IOException;
import java.io.Reader;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an upload one line at a time, never holding more than one line: CSV (the locator in the
 * first column, RFC 4180 quoting, an optional header {@code locator} or {@code url}) or JSON lines
 * (each line a JSON string or an object with a {@code "locator"} member). Blank lines are skipped.
 * Line numbers count every physical line from 1, as an editor shows them.
 */
final class BulkUploadReader {

    /** Longest line accepted; a longer one is an error row and the rest of it is skipped unread. */
    static final int MAX_LINE = 4096;

    enum Format {
        CSV, JSON_LINES;

        /** The format for a media type or file name, CSV unless it says JSON lines. */
        static Format of(@Nullable String mediaTypeOrName) {
            String text = mediaTypeOrName == null ? "" : mediaTypeOrName.toLowerCase(Locale.ROOT);
            return text.contains("ndjson") || text.contains("jsonl") || text.contains("json-seq")
                    || text.endsWith(".json") || text.contains("application/json") ? JSON_LINES : CSV;
        }
    }

    /** Receives each row: the locator text, or why the line could not be read. */
    interface Rows {
        void row(long line, String input, @Nullable String locatorText, @Nullable String problem) throws IOException;
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Reader in;
    private final Format format;
    private final char[] buffer = new char[8192];
    private final StringBuilder current = new StringBuilder(256);
    private int position;
    private int limit;

    BulkUploadReader(Reader in, Format format) {
        this.in = in;
        this.format = format;
    }

    /** Reads to the end, or until {@code rows} throws. */
    void read(Rows rows) throws IOException {
        long line = 0;
        boolean first = true;
        while (true) {
            int state = nextLine();
            if (state == EOF) {
                return;
            }
            line++;
            String text = current.toString();
            if (first) {
                first = false;
                if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
                    text = text.substring(1);
                }
                if (format == Format.CSV && isHeader(text)) {
                    continue;
                }
            }
            if (state == TOO_LONG) {
                rows.row(line, text.substring(0, 200) + "…", null, "the line is longer than " + MAX_LINE + " characters");
                continue;
            }
            if (text.isBlank()) {
                continue;
            }
            if (format == Format.CSV) {
                csv(line, text, rows);
            } else {
                json(line, text, rows);
            }
        }
    }

    private static boolean isHeader(String text) {
        String head = text.strip().toLowerCase(Locale.ROOT);
        int comma = head.indexOf(',');
        head = comma < 0 ? head : head.substring(0, comma);
        head = head.replace("\"", "");
        return head.equals("locator") || head.equals("url");
    }

    private static void csv(long line, String text, Rows rows) throws IOException {
        if (text.charAt(0) != '"') {
            int comma = text.indexOf(',');
            rows.row(line, text, comma < 0 ? text : text.substring(0, comma), null);
            return;
        }
        StringBuilder field = new StringBuilder(text.length());
        int i = 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                    continue;
                }
                if (i + 1 == text.length() || text.charAt(i + 1) == ',') {
                    rows.row(line, text, field.toString(), null);
                    return;
                }
                rows.row(line, text, null, "text after a closing quote (CSV quotes are doubled inside a field)");
                return;
            }
            field.append(c);
            i++;
        }
        rows.row(line, text, null, "the quoted field is not closed on this line");
    }

    private static void json(long line, String text, Rows rows) throws IOException {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JacksonException e) {
            rows.row(line, text, null, "not JSON: " + e.getOriginalMessage());
            return;
        }
        if (node.isString()) {
            rows.row(line, text, node.asString(), null);
        } else if (node.isObject() && node.get("locator") != null && node.get("locator").isString()) {
            rows.row(line, text, node.get("locator").asString(), null);
        } else {
            rows.row(line, text, null, "expected a JSON string or an object with a \"locator\" string");
        }
    }

    private static final int EOF = -1;
    private static final int OK = 0;
    private static final int TOO_LONG = 1;

    /** Fills {@link #current} with the next line (without CR LF); lines over the limit are cut. */
    private int nextLine() throws IOException {
        current.setLength(0);
        boolean any = false;
        boolean tooLong = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    return any ? (tooLong ? TOO_LONG : OK) : EOF;
                }
            }
            any = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            int end = position;
            if (!tooLong) {
                int room = MAX_LINE + 1 - current.length();
                current.append(buffer, start, Math.min(end - start, room));
                tooLong = current.length() > MAX_LINE;
            }
            if (position < limit) {
                position++;
                int length = current.length();
                if (length > 0 && current.charAt(length - 1) == '\r' && !tooLong) {
                    current.setLength(length - 1);
                }
                return tooLong ? TOO_LONG : OK;
            }
        }
    }
}
