package kz.tizim.match.feed;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import kz.tizim.match.locator.LocatorKind;
import org.jspecify.annotations.Nullable;

/**
 * A register rendered for a blocking technology: a DNS response policy zone, a hosts file or a
 * plain domain list. Each format says, per entry, whether it could express it: URL-level entries
 * cannot be enforced in DNS, and callers must report what was left out rather than drop it silently.
 */
public abstract class ListExport {

    /** What happened to one entry. */
    public enum Outcome {
        /** Fully expressed. */
        ADDED,
        /** Expressed only in part (a domain tree in a hosts file covers the name, not its subdomains). */
        PARTIAL,
        /** This format cannot express the entry (a URL in DNS, an address in a hosts file). */
        NOT_EXPRESSIBLE
    }

    /** The supported formats, by their command-line name. */
    public enum Format {
        RPZ, HOSTS, DOMAINS;

        /** The format called {@code name} ({@code rpz}, {@code hosts}, {@code domains}). */
        public static Format of(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT));
        }
    }

    /** The writer the export goes to. */
    protected final Writer out;

    /** Creates an export writing to {@code out}. */
    protected ListExport(Writer out) {
        this.out = out;
    }

    /**
     * Starts an export in {@code format}.
     *
     * @param zone     the RPZ zone name (RPZ only)
     * @param serial   the register serial (the SOA serial of an RPZ zone; a comment elsewhere)
     * @param redirect the notice host to send restricted names to, or null for NXDOMAIN / 0.0.0.0
     */
    public static ListExport start(Format format, Writer out, String zone, long serial, @Nullable String redirect)
            throws IOException {
        ListExport export = switch (format) {
            case RPZ -> new RpzZone(out, zone, serial, redirect);
            case HOSTS -> new HostsFile(out, serial, redirect);
            case DOMAINS -> new DomainList(out, serial);
        };
        export.header();
        return export;
    }

    /** Writes what precedes the entries. */
    protected abstract void header() throws IOException;

    /** Adds one entry given by its canonical value. */
    public abstract Outcome add(LocatorKind kind, String value) throws IOException;

    /** Flushes the output (it is not closed). */
    public void finish() throws IOException {
        out.flush();
    }

    /** Whether a canonical host name can be an owner name in a zone file (LDH labels, and {@code _}). */
    static boolean isDnsName(String name) {
        if (name.isEmpty() || name.length() > 253) {
            return false;
        }
        int label = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '.') {
                if (label == 0) {
                    return false;
                }
                label = 0;
                continue;
            }
            boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            if (!ok || ++label > 63) {
                return false;
            }
        }
        return label > 0;
    }
}
