package kz.tizim.core.legal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One {@code [type id]} block of the catalogue file with its {@code key = value} lines. Reading a
 * key marks it used, so keys nobody reads (typos) can be reported.
 */
final class Section {

    /** A value and the line it came from. */
    record Value(String text, int line) {
    }

    /** A problem at a line; thrown inside one section, so the parser can go on with the next one. */
    static final class Malformed extends RuntimeException {

        private static final long serialVersionUID = 1L;
        final int line;

        Malformed(int line, String reason) {
            super(reason, null, false, false);
            this.line = line;
        }
    }

    final String type;
    final String id;
    final int line;
    private final Map<String, Value> values = new LinkedHashMap<>();
    private final Set<String> read = new HashSet<>();

    Section(String type, String id, int line) {
        this.type = type;
        this.id = id;
        this.line = line;
    }

    /** The header text without brackets; also the anchor of {@link IntegrityProblem}s. */
    String anchor() {
        return id.isEmpty() ? type : type + " " + id;
    }

    void put(String key, String text, int keyLine) {
        if (values.putIfAbsent(key, new Value(text, keyLine)) != null) {
            throw new Malformed(keyLine, "key '" + key + "' given twice in [" + anchor() + "]");
        }
    }

    String required(String key) {
        read.add(key);
        Value value = values.get(key);
        if (value == null) {
            throw new Malformed(line, "[" + anchor() + "] lacks '" + key + " = ...'");
        }
        if (value.text().isEmpty()) {
            throw new Malformed(value.line(), "'" + key + "' is empty in [" + anchor() + "]");
        }
        return value.text();
    }

    String optional(String key) {
        read.add(key);
        Value value = values.get(key);
        return value == null ? "" : value.text();
    }

    int lineOf(String key) {
        Value value = values.get(key);
        return value == null ? line : value.line();
    }

    <E extends Enum<E>> E enumValue(String key, Class<E> type) {
        String text = required(key);
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw new Malformed(lineOf(key), "'" + text + "' is not a valid " + key + "; expected one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** A comma-separated list of constants; empty if the key is absent. */
    <E extends Enum<E>> Set<E> enumSet(String key, Class<E> type, boolean required) {
        String text = required ? required(key) : optional(key);
        Set<E> result = EnumSet.noneOf(type);
        if (text.isEmpty()) {
            return result;
        }
        for (String item : text.split(",")) {
            String name = item.strip();
            try {
                result.add(Enum.valueOf(type, name));
            } catch (IllegalArgumentException e) {
                throw new Malformed(lineOf(key), "'" + name + "' is not a valid " + key + "; expected any of "
                        + Arrays.toString(type.getEnumConstants()));
            }
        }
        return result;
    }

    boolean yesNo(String key) {
        String text = required(key);
        return switch (text) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new Malformed(lineOf(key), "'" + key + "' must be yes or no, not '" + text + "'");
        };
    }

    /** Keys given but never read: usually a typo, so the file is rejected rather than half-read. */
    List<Malformed> unusedKeys() {
        var unused = new ArrayList<Malformed>();
        values.forEach((key, value) -> {
            if (!read.contains(key)) {
                unused.add(new Malformed(value.line(), "unknown key '" + key + "' in [" + anchor() + "]"));
            }
        });
        return unused;
    }
}
