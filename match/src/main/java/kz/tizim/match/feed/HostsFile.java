package kz.tizim.match.feed;

import java.io.IOException;
import java.io.Writer;
import kz.tizim.match.locator.LocatorKind;
import org.jspecify.annotations.Nullable;

/**
 * An {@code /etc/hosts}-style file: {@code 0.0.0.0 name} (or the notice host's address) per
 * restricted name. Hosts files know neither subdomains, addresses nor URLs: a domain tree covers
 * only its own name ({@link Outcome#PARTIAL}).
 */
final class HostsFile extends ListExport {

    private final long serial;
    private final String address;

    HostsFile(Writer out, long serial, @Nullable String redirectAddress) {
        super(out);
        this.serial = serial;
        this.address = redirectAddress == null ? "0.0.0.0" : redirectAddress;
    }

    @Override
    protected void header() throws IOException {
        out.write("# Tizim register serial " + serial + " as a hosts file.\n");
    }

    @Override
    public Outcome add(LocatorKind kind, String value) throws IOException {
        if ((kind != LocatorKind.DOMAIN && kind != LocatorKind.DOMAIN_TREE) || !isDnsName(value)) {
            return Outcome.NOT_EXPRESSIBLE;
        }
        out.write(address);
        out.write(' ');
        out.write(value);
        out.write('\n');
        return kind == LocatorKind.DOMAIN ? Outcome.ADDED : Outcome.PARTIAL;
    }
}
