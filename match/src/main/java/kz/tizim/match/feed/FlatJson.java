package kz.tizim.match.feed;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A strict reader and writer for flat JSON objects: string, integer, boolean and null members, no
 * nesting, no duplicate names. That is all the feed format needs, so a JSON library is not worth its
 * weight in the operator's jar. Anything else (floats, arrays, trailing text, control characters in
 * strings) is rejected with a {@link FeedFormatException}.
 */
public final class FlatJson {

    private FlatJson() {
    }

    /** Builds one object in member order; {@link #toString()} returns the JSON text. */
    public static final class Writer {
        private final StringBuilder out;
        private boolean first = true;

        /** Starts an object in a new buffer; {@link #toString()} returns it. */
        public Writer() {
            this(new StringBuilder(256));
        }

        /** Starts an object at the end of {@code out}; call {@link #end()} to close it. */
        public Writer(StringBuilder out) {
            this.out = out;
            out.append('{');
        }

        /** Closes the object in the caller's buffer. */
        public void end() {
            out.append('}');
        }

        /** Adds a string member, or a {@code null} member when {@code value} is null. */
        public Writer string(String name, @Nullable String value) {
            name(name);
            if (value == null) {
                out.append("null");
            } else {
                quote(value);
            }
            return this;
        }

        /** Adds an integer member. */
        public Writer number(String name, long value) {
            name(name);
            out.append(value);
            return this;
        }

        /** Adds a boolean member. */
        public Writer bool(String name, boolean value) {
            name(name);
            out.append(value);
            return this;
        }

        private void name(String name) {
            if (!first) {
                out.append(',');
            }
            first = false;
            quote(name);
            out.append(':');
        }

        private void quote(String s) {
            FlatJson.quote(out, s);
        }

        /** The object as JSON text (for a writer that owns its buffer). */
        @Override
        public String toString() {
            return out + "}";
        }
    }

    /**
     * Appends {@code s} as a JSON string (RFC 8259): quotes, backslashes and control characters
     * escaped, and U+2028/U+2029 too so the text is also safe inside JavaScript. Every JSON writer in
     * Tizim quotes through here.
     */
    public static void quote(StringBuilder out, String s) {
        out.append('"');
        if (plain(s)) {
            out.append(s).append('"');
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static boolean plain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || c == 0x2028 || c == 0x2029) {
                return false;
            }
        }
        return true;
    }

    /**
     * Parses one flat object. Values are {@link String}, {@link Long}, {@link Boolean} or null.
     *
     * @throws FeedFormatException when the text is not exactly one flat JSON object
     */
    public static Map<String, @Nullable Object> parse(String text) {
        Parser p = new Parser(text);
        Map<String, @Nullable Object> members = p.object();
        p.skipSpace();
        if (p.pos != text.length()) {
            throw p.fail("trailing text after the object");
        }
        return Collections.unmodifiableMap(members);
    }

    private static final class Parser {
        private final String s;
        private int pos;

        Parser(String s) {
            this.s = s;
        }

        Map<String, @Nullable Object> object() {
            skipSpace();
            expect('{');
            Map<String, @Nullable Object> members = new LinkedHashMap<>();
            skipSpace();
            if (peek() == '}') {
                pos++;
                return members;
            }
            while (true) {
                skipSpace();
                String name = string();
                skipSpace();
                expect(':');
                skipSpace();
                Object value = value();
                if (members.containsKey(name)) {
                    throw fail("duplicate member \"" + name + "\"");
                }
                members.put(name, value);
                skipSpace();
                char c = next();
                if (c == '}') {
                    return members;
                }
                if (c != ',') {
                    throw fail("expected ',' or '}'");
                }
            }
        }

        @Nullable Object value() {
            char c = peek();
            if (c == '"') {
                return string();
            }
            if (c == '-' || (c >= '0' && c <= '9')) {
                return number();
            }
            if (s.startsWith("true", pos)) {
                pos += 4;
                return Boolean.TRUE;
            }
            if (s.startsWith("false", pos)) {
                pos += 5;
                return Boolean.FALSE;
            }
            if (s.startsWith("null", pos)) {
                pos += 4;
                return null;
            }
            throw fail("expected a string, integer, boolean or null (nested values are not allowed)");
        }

        Long number() {
            int start = pos;
            if (peek() == '-') {
                pos++;
            }
            int digits = pos;
            while (pos < s.length() && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
                pos++;
            }
            if (pos == digits || (s.charAt(digits) == '0' && pos - digits > 1)) {
                throw fail("invalid integer");
            }
            if (pos < s.length() && (s.charAt(pos) == '.' || s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
                throw fail("only integers are allowed");
            }
            try {
                return Long.parseLong(s.substring(start, pos));
            } catch (NumberFormatException e) {
                throw fail("integer out of range");
            }
        }

        String string() {
            expect('"');
            StringBuilder b = new StringBuilder();
            while (true) {
                char c = next();
                if (c == '"') {
                    return b.toString();
                }
                if (c < 0x20) {
                    throw fail("control character in a string");
                }
                if (c != '\\') {
                    b.append(c);
                    continue;
                }
                char e = next();
                switch (e) {
                    case '"' -> b.append('"');
                    case '\\' -> b.append('\\');
                    case '/' -> b.append('/');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'n' -> b.append('\n');
                    case 'r' -> b.append('\r');
                    case 't' -> b.append('\t');
                    case 'u' -> {
                        if (pos + 4 > s.length()) {
                            throw fail("truncated \\u escape");
                        }
                        try {
                            b.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                        } catch (NumberFormatException x) {
                            throw fail("invalid \\u escape");
                        }
                        pos += 4;
                    }
                    default -> throw fail("invalid escape \\" + e);
                }
            }
        }

        void skipSpace() {
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                    return;
                }
                pos++;
            }
        }

        char peek() {
            if (pos >= s.length()) {
                throw fail("unexpected end");
            }
            return s.charAt(pos);
        }

        char next() {
            char c = peek();
            pos++;
            return c;
        }

        void expect(char c) {
            if (next() != c) {
                pos--;
                throw fail("expected '" + c + "'");
            }
        }

        FeedFormatException fail(String why) {
            return new FeedFormatException(why + " at character " + (pos + 1));
        }
    }
}
