package kz.tizim.match.feed;

import java.io.IOException;
import java.io.Writer;
import kz.tizim.match.locator.LocatorKind;

/** A plain list of names, one per line; a domain tree is written as {@code name} and {@code *.name}. */
final class DomainList extends ListExport {

    private final long serial;

    DomainList(Writer out, long serial) {
        super(out);
        this.serial = serial;
    }

    @Override
    protected void header() throws IOException {
        out.write("# Tizim register serial " + serial + ": restricted domains.\n");
    }

    @Override
    public Outcome add(LocatorKind kind, String value) throws IOException {
        if (kind != LocatorKind.DOMAIN && kind != LocatorKind.DOMAIN_TREE) {
            return Outcome.NOT_EXPRESSIBLE;
        }
        out.write(value);
        out.write('\n');
        if (kind == LocatorKind.DOMAIN_TREE) {
            out.write("*.");
            out.write(value);
            out.write('\n');
        }
        return Outcome.ADDED;
    }
}
