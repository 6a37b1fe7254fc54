package kz.tizim.match.feed;

import java.io.IOException;
import java.io.Writer;
import kz.tizim.match.locator.LocatorKind;
import org.jspecify.annotations.Nullable;

/**
 * A DNS response policy zone (draft-vixie-dnsop-dns-rpz) as BIND 9 and Unbound load it:
 * <ul>
 *   <li>{@code domain} → {@code name CNAME .} (answer NXDOMAIN), or {@code name CNAME notice-host.}
 *       (answer with the notice page's address) when a redirect host is given;
 *   <li>{@code domain-tree} → the same for {@code name} and {@code *.name};
 *   <li>{@code ip}, {@code cidr} → response-IP triggers {@code length.reversed-address.rpz-ip}
 *       (IPv6 with {@code zz} for the {@code ::} run);
 *   <li>{@code url}, {@code url-prefix} → not expressible: DNS sees names, not paths.
 * </ul>
 * The SOA serial is the register serial, so secondaries transfer each new register version.
 */
final class RpzZone extends ListExport {

    private final String zone;
    private final long serial;
    private final String action;

    RpzZone(Writer out, String zone, long serial, @Nullable String redirect) {
        super(out);
        String name = zone.endsWith(".") ? zone.substring(0, zone.length() - 1) : zone;
        if (!isDnsName(name)) {
            throw new IllegalArgumentException("not a zone name: " + zone);
        }
        if (redirect != null && !isDnsName(redirect.endsWith(".") ? redirect.substring(0, redirect.length() - 1) : redirect)) {
            throw new IllegalArgumentException("not a host name: " + redirect);
        }
        this.zone = name;
        this.serial = serial;
        this.action = redirect == null ? "." : redirect.endsWith(".") ? redirect : redirect + ".";
    }

    @Override
    protected void header() throws IOException {
        out.write("; Tizim response policy zone: register serial " + serial + ".\n");
        out.write("; draft-vixie-dnsop-dns-rpz. CNAME . = NXDOMAIN; CNAME host. = redirect to the notice host.\n");
        out.write("$ORIGIN " + zone + ".\n");
        out.write("$TTL 60\n");
        // The serial is the register serial (an unsigned 32-bit SOA field wraps after 4 billion versions).
        out.write("@ IN SOA localhost. hostmaster.localhost. " + (serial & 0xFFFFFFFFL) + " 3600 600 604800 60\n");
        out.write("@ IN NS localhost.\n");
    }

    @Override
    public Outcome add(LocatorKind kind, String value) throws IOException {
        switch (kind) {
            case DOMAIN -> {
                return name(value, false);
            }
            case DOMAIN_TREE -> {
                return name(value, true);
            }
            case IP, CIDR -> {
                out.write(ipTrigger(value));
                out.write(" CNAME ");
                out.write(action);
                out.write('\n');
                return Outcome.ADDED;
            }
            default -> {
                return Outcome.NOT_EXPRESSIBLE;
            }
        }
    }

    private Outcome name(String name, boolean tree) throws IOException {
        if (!isDnsName(name) || name.length() + zone.length() + 3 > 253) {
            return Outcome.NOT_EXPRESSIBLE;
        }
        out.write(name);
        out.write(" CNAME ");
        out.write(action);
        out.write('\n');
        if (tree) {
            out.write("*.");
            out.write(name);
            out.write(" CNAME ");
            out.write(action);
            out.write('\n');
        }
        return Outcome.ADDED;
    }

    /** The owner name of a response-IP trigger for a canonical {@code ip} or {@code cidr} value. */
    static String ipTrigger(String value) {
        int slash = value.indexOf('/');
        String address = slash < 0 ? value : value.substring(0, slash);
        boolean v6 = address.indexOf(':') >= 0;
        String length = slash < 0 ? (v6 ? "128" : "32") : value.substring(slash + 1);
        StringBuilder owner = new StringBuilder(length);
        if (!v6) {
            String[] parts = address.split("\\.");
            for (int i = parts.length - 1; i >= 0; i--) {
                owner.append('.').append(parts[i]);
            }
        } else {
            int gap = address.indexOf("::");
            String left = gap < 0 ? address : address.substring(0, gap);
            String right = gap < 0 ? "" : address.substring(gap + 2);
            appendReversed(owner, right);
            if (gap >= 0) {
                owner.append(".zz");
            }
            appendReversed(owner, left);
        }
        return owner.append(".rpz-ip").toString();
    }

    private static void appendReversed(StringBuilder owner, String groups) {
        if (groups.isEmpty()) {
            return;
        }
        String[] parts = groups.split(":");
        for (int i = parts.length - 1; i >= 0; i--) {
            owner.append('.').append(parts[i]);
        }
    }
}
