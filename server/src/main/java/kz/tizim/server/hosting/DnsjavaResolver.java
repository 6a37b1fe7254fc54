package kz.tizim.server.hosting;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.ArrayList;
import java.util.List;
import kz.tizim.core.hosting.DnsRecord;
import kz.tizim.core.hosting.DnsRecordType;
import kz.tizim.core.hosting.HostName;
import kz.tizim.core.hosting.IpAddress;
import kz.tizim.core.hosting.Resolution;
import kz.tizim.core.hosting.Resolver;
import org.jspecify.annotations.Nullable;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.ExtendedResolver;
import org.xbill.DNS.Message;
import org.xbill.DNS.NSRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * Resolves A, AAAA, CNAME and NS records with dnsjava, through the configured resolver or the
 * system's, with a timeout per query. The CNAME chain and addresses come from the answers as the
 * resolver gave them; NS records of a name that is not a zone apex are taken from its registrable
 * domain. Failures become {@link Resolution.Status#FAILED} with the reason, never exceptions.
 */
public final class DnsjavaResolver implements Resolver {

    private final org.xbill.DNS.Resolver resolver;
    private final String description;
    private final Clock clock;

    private DnsjavaResolver(org.xbill.DNS.Resolver resolver, String description, Clock clock) {
        this.resolver = resolver;
        this.description = description;
        this.clock = clock;
    }

    /**
     * A resolver at {@code address} ({@code host}, {@code host:port} or {@code [v6]:port}), or the
     * system's resolvers when it is blank.
     */
    public static DnsjavaResolver create(@Nullable String address, Duration timeout, Clock clock) {
        org.xbill.DNS.Resolver resolver;
        String description;
        if (address == null || address.isBlank()) {
            resolver = new ExtendedResolver();
            description = "system";
        } else {
            InetSocketAddress socket = socketAddress(address.strip());
            resolver = new SimpleResolver(socket);
            description = address.strip();
        }
        resolver.setTimeout(timeout);
        return new DnsjavaResolver(resolver, description, clock);
    }

    private static InetSocketAddress socketAddress(String address) {
        String host = address;
        int port = 53;
        if (address.startsWith("[")) {
            int close = address.indexOf(']');
            host = address.substring(1, close);
            if (close + 1 < address.length() && address.charAt(close + 1) == ':') {
                port = Integer.parseInt(address.substring(close + 2));
            }
        } else if (address.indexOf(':') >= 0 && address.indexOf(':') == address.lastIndexOf(':')) {
            host = address.substring(0, address.indexOf(':'));
            port = Integer.parseInt(address.substring(address.indexOf(':') + 1));
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("resolver port out of range: " + address);
        }
        return new InetSocketAddress(host, port);
    }

    public String description() {
        return description;
    }

    @Override
    public Resolution resolve(HostName host) {
        Instant resolvedAt = clock.instant();
        Name name;
        try {
            name = Name.fromString(host.value() + ".");
        } catch (TextParseException e) {
            return failed(host, resolvedAt, "not a DNS name: " + e.getMessage());
        }
        List<DnsRecord> records = new ArrayList<>();
        try {
            Message a = query(name, Type.A);
            int rcode = a.getRcode();
            if (rcode == Rcode.NXDOMAIN) {
                return new Resolution(host, resolvedAt, description, Resolution.Status.NO_SUCH_HOST, List.of(), false, null);
            }
            if (rcode != Rcode.NOERROR) {
                return failed(host, resolvedAt, "resolver answered " + Rcode.string(rcode));
            }
            collect(a, records);
            Message aaaa = query(name, Type.AAAA);
            if (aaaa.getRcode() == Rcode.NOERROR) {
                collect(aaaa, records);
            }
            Message ns = query(name, Type.NS);
            boolean found = ns.getRcode() == Rcode.NOERROR && collect(ns, records);
            String domain = host.registrableDomain();
            if (!found && domain != null && !domain.equals(host.value())) {
                Message parent = query(Name.fromString(domain + "."), Type.NS);
                if (parent.getRcode() == Rcode.NOERROR) {
                    collect(parent, records);
                }
            }
        } catch (IOException e) {
            return failed(host, resolvedAt, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        return new Resolution(host, resolvedAt, description, Resolution.Status.RESOLVED, records, false, null);
    }

    private Message query(Name name, int type) throws IOException {
        Record question = Record.newRecord(name, type, DClass.IN);
        return resolver.send(Message.newQuery(question));
    }

    /** Adds the answer's A, AAAA, CNAME and NS records (no duplicates); whether any NS was among them. */
    private static boolean collect(Message message, List<DnsRecord> into) {
        boolean ns = false;
        for (Record record : message.getSection(Section.ANSWER)) {
            DnsRecord fact = null;
            if (record instanceof ARecord a) {
                fact = new DnsRecord(DnsRecordType.A, a.getAddress().getHostAddress(), record.getTTL());
            } else if (record instanceof AAAARecord aaaa) {
                fact = new DnsRecord(DnsRecordType.AAAA,
                        IpAddress.of(aaaa.getAddress().getHostAddress()).text(), record.getTTL());
            } else if (record instanceof CNAMERecord cname) {
                fact = new DnsRecord(DnsRecordType.CNAME, withoutDot(cname.getTarget()), record.getTTL());
            } else if (record instanceof NSRecord nsRecord) {
                fact = new DnsRecord(DnsRecordType.NS, withoutDot(nsRecord.getTarget()), record.getTTL());
                ns = true;
            }
            if (fact != null) {
                boolean duplicate = false;
                for (DnsRecord existing : into) {
                    if (existing.type() == fact.type() && existing.value().equals(fact.value())) {
                        duplicate = true;
                        break;
                    }
                }
                if (!duplicate) {
                    into.add(fact);
                }
            }
        }
        return ns;
    }

    private static String withoutDot(Name name) {
        String text = name.toString(true);
        return text.toLowerCase(Locale.ROOT);
    }

    private Resolution failed(HostName host, Instant at, String why) {
        return new Resolution(host, at, description, Resolution.Status.FAILED, List.of(), false, why);
    }
}
