package kz.tizim.cli.hosting;

import java.util.List;
import kz.tizim.match.feed.FlatJson;
import org.jspecify.annotations.Nullable;

/** A one-line JSON object writer, enough for the CLI's flat records (RFC 8259 string escaping). */
final class Json {

    private final StringBuilder out = new StringBuilder("{");

    Json field(String name, @Nullable String value) {
        key(name);
        if (value == null) {
            out.append("null");
        } else {
            FlatJson.quote(out, value);
        }
        return this;
    }

    Json field(String name, boolean value) {
        key(name);
        out.append(value);
        return this;
    }

    Json strings(String name, List<String> values) {
        key(name);
        out.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            FlatJson.quote(out, values.get(i));
        }
        out.append(']');
        return this;
    }

    String close() {
        return out.append('}').toString();
    }

    private void key(String name) {
        if (out.length() > 1) {
            out.append(',');
        }
        FlatJson.quote(out, name);
        out.append(':');
    }
}
