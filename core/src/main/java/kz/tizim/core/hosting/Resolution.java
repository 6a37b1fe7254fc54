package kz.tizim.core.hosting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a name resolved to at one moment. Facts change, so resolutions are kept as history and
 * never overwritten.
 *
 * @param resolver  which resolver answered (an address, or "system"), or "demo fixture"
 * @param demo      true for the invented facts of the demo sites (demo mode only)
 * @param error     why resolution failed, when {@code status} is {@link Status#FAILED}
 */
public record Resolution(HostName host, Instant resolvedAt, String resolver, Status status, List<DnsRecord> records,
        boolean demo, @Nullable String error) {

    /** How the lookup ended. */
    public enum Status {
        /** The name exists (it may still have no address). */
        RESOLVED,
        /** The name does not exist (NXDOMAIN). */
        NO_SUCH_HOST,
        /** No answer: timeout, SERVFAIL, refused, network error. */
        FAILED
    }

    public Resolution {
        records = List.copyOf(records);
    }

    /** The A and AAAA addresses, in answer order. */
    public List<IpAddress> addresses() {
        List<IpAddress> addresses = new ArrayList<>();
        for (DnsRecord record : records) {
            if (record.type() == DnsRecordType.A || record.type() == DnsRecordType.AAAA) {
                IpAddress address = IpAddress.of(record.value());
                if (!addresses.contains(address)) {
                    addresses.add(address);
                }
            }
        }
        return addresses;
    }

    public List<String> values(DnsRecordType type) {
        return records.stream().filter(r -> r.type() == type).map(DnsRecord::value).toList();
    }
}
