package kz.tizim.match;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kz.tizim.match.locator.InvalidLocatorException;
import kz.tizim.match.locator.Locator;
import kz.tizim.match.matcher.CompiledMatcher;

/**
 * The entry-list text format, shared by the {@code tizim match} command and the feed exports.
 *
 * <pre>
 * # comment lines and blank lines are ignored
 * url          https://casino.example/promo?id=7
 * url-prefix   http://files.example/leaks/
 * domain       casino.example
 * domain-tree  mirror.test
 * ip           192.0.2.10
 * cidr         2001:db8:42::/48
 * </pre>
 *
 * <p>UTF-8, one entry per line: a {@link kz.tizim.match.locator.LocatorKind} token, whitespace, the
 * value. A {@code #} starts a comment only at the beginning of a line (after optional whitespace),
 * because inside a URL it is part of the value. A byte-order mark on the first line is ignored.
 * Values are canonicalised; the first invalid line stops the read with a {@link ListFileException}
 * naming the file and line. Reading streams: memory use does not grow with the file except through
 * what the handler keeps.
 */
public final class ListFile {

    /** Receives each entry in file order. */
    @FunctionalInterface
    public interface Handler {
        /** Called with the 1-based line number and the canonical locator of one entry line. */
        void accept(int line, Locator locator);
    }

    /** One entry line of a list file. */
    public record Entry(int line, Locator locator) {
    }

    private ListFile() {
    }

    /**
     * Streams the entries of {@code reader} to {@code handler}.
     *
     * @param source the name used in error messages (usually the file name)
     * @throws ListFileException at the first invalid line
     * @throws IOException when reading fails
     */
    public static void read(BufferedReader reader, String source, Handler handler) throws IOException {
        int lineNumber = 0;
        String line;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (lineNumber == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.charAt(0) == '#') {
                continue;
            }
            Locator locator;
            try {
                locator = Locator.parse(trimmed);
            } catch (InvalidLocatorException e) {
                throw new ListFileException(source, lineNumber, e.getMessage());
            }
            handler.accept(lineNumber, locator);
        }
    }

    /** Reads every entry of a UTF-8 list file into memory. */
    public static List<Entry> readAll(Path file) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            read(reader, file.toString(), (line, locator) -> entries.add(new Entry(line, locator)));
        }
        return entries;
    }

    /**
     * Compiles a UTF-8 list file into a matcher whose payloads are the entries' line numbers.
     *
     * @throws ListFileException at the first invalid line
     */
    public static CompiledMatcher compile(Path file) throws IOException {
        CompiledMatcher.Builder builder = CompiledMatcher.builder();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            read(reader, file.toString(), (line, locator) -> builder.add(locator, line));
        }
        return builder.build();
    }
}
