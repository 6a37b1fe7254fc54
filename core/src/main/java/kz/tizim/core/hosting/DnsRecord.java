package kz.tizim.core.hosting;

/** One answer record, as the resolver returned it ({@code value}: address text or target name). */
public record DnsRecord(DnsRecordType type, String value, long ttl) {

    public DnsRecord {
        if (value.isBlank()) {
            throw new IllegalArgumentException("a record needs a value");
        }
        if (ttl < 0) {
            throw new IllegalArgumentException("negative TTL");
        }
    }
}
