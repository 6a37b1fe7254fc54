package kz.tizim.match;

import java.io.IOException;

/** A list file has an invalid line. The message reads {@code SOURCE:LINE: reason}. */
public final class ListFileException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final String reason;

    /** Creates the exception for line {@code line} (1-based) of {@code source}. */
    public ListFileException(String source, int line, String reason) {
        super(source + ":" + line + ": " + reason);
        this.source = source;
        this.line = line;
        this.reason = reason;
    }

    /** The file (or other source) name. */
    public String source() {
        return source;
    }

    /** The 1-based line number. */
    public int line() {
        return line;
    }

    /** Why the line is invalid. */
    public String reason() {
        return reason;
    }
}
