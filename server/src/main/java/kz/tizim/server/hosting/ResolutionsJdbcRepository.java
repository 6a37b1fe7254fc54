package kz.tizim.server.hosting;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.tizim.core.hosting.DnsRecord;
import kz.tizim.core.hosting.DnsRecordType;
import kz.tizim.core.hosting.HostName;
import kz.tizim.core.hosting.IpAddress;
import kz.tizim.core.hosting.Resolution;
import kz.tizim.core.hosting.Resolutions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The resolution history in PostgreSQL: append-only, each name's latest resolution counts as current. */
@Repository
class ResolutionsJdbcRepository implements Resolutions {

    /** Each name's latest resolution; the base of every "currently on this address" question. */
    private static final String LATEST = """
            SELECT DISTINCT ON (host) id, registrable_domain, host
            FROM hosting_resolution ORDER BY host, resolved_at DESC, id DESC""";

    private final JdbcClient jdbc;

    ResolutionsJdbcRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void append(Resolution resolution) {
        long id = jdbc.sql("""
                INSERT INTO hosting_resolution (host, registrable_domain, resolved_at, resolver, status, error, demo)
                VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(resolution.host().value(), resolution.host().registrableDomain(),
                        Timestamp.from(resolution.resolvedAt()), resolution.resolver(), resolution.status().name(),
                        resolution.error(), resolution.demo())
                .query(Long.class).single();
        int position = 0;
        for (DnsRecord record : resolution.records()) {
            boolean address = record.type() == DnsRecordType.A || record.type() == DnsRecordType.AAAA;
            jdbc.sql("""
                    INSERT INTO hosting_record (resolution_id, position, type, value, ttl, address)
                    VALUES (?, ?, ?, ?, ?, CAST(? AS inet))""")
                    .params(id, position++, record.type().name(), record.value(), record.ttl(),
                            address ? IpAddress.of(record.value()).text() : null)
                    .update();
        }
    }

    @Override
    public Optional<Resolution> latest(HostName host) {
        record Row(long id, java.time.Instant at, String resolver, String status, String error, boolean demo) {
        }
        Optional<Row> row = jdbc.sql("""
                SELECT id, resolved_at, resolver, status, error, demo FROM hosting_resolution
                WHERE host = ? ORDER BY resolved_at DESC, id DESC LIMIT 1""")
                .param(host.value())
                .query((rs, n) -> new Row(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getBoolean(6)))
                .optional();
        return row.map(r -> new Resolution(host, r.at(), r.resolver(), Resolution.Status.valueOf(r.status()),
                records(r.id()), r.demo(), r.error()));
    }

    private List<DnsRecord> records(long resolutionId) {
        return new ArrayList<>(jdbc.sql("SELECT type, value, ttl FROM hosting_record WHERE resolution_id = ? ORDER BY position")
                .param(resolutionId)
                .query((rs, n) -> new DnsRecord(DnsRecordType.valueOf(rs.getString(1)), rs.getString(2), rs.getLong(3)))
                .list());
    }

    @Override
    public int registrableDomainsOn(IpAddress address) {
        return jdbc.sql("SELECT count(DISTINCT coalesce(l.registrable_domain, l.host)) FROM (" + LATEST + ") l "
                        + "JOIN hosting_record r ON r.resolution_id = l.id WHERE r.address = CAST(? AS inet)")
                .param(address.text()).query(Integer.class).single();
    }

    /** Registrable domains (or hosts, for public suffixes) currently resolving into the network ({@code a.b.c.d/n}). */
    List<String> registrableDomainsWithin(String network) {
        return jdbc.sql("SELECT DISTINCT coalesce(l.registrable_domain, l.host) AS domain FROM (" + LATEST + ") l "
                        + "JOIN hosting_record r ON r.resolution_id = l.id WHERE r.address <<= CAST(? AS inet) ORDER BY domain")
                .param(network).query(String.class).list();
    }

    /** Distinct addresses currently seen inside the network. */
    List<IpAddress> addressesWithin(String network) {
        return jdbc.sql("SELECT DISTINCT host(r.address) FROM (" + LATEST + ") l "
                        + "JOIN hosting_record r ON r.resolution_id = l.id WHERE r.address <<= CAST(? AS inet)")
                .param(network).query(String.class).list().stream().map(IpAddress::of).toList();
    }

    /** Whether a resolution of the demo fixture is on record for the name. */
    boolean hasDemo(HostName host) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM hosting_resolution WHERE host = ? AND demo)")
                .param(host.value()).query(Boolean.class).single();
    }
}
