package kz.tizim.server.hosting;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import kz.tizim.core.hosting.CountryCode;
import kz.tizim.core.hosting.HostName;
import kz.tizim.core.hosting.JurisdictionCorrection;
import kz.tizim.core.hosting.JurisdictionCorrections;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Jurisdiction corrections in PostgreSQL, append-only; the newest per name applies. */
@Repository
class JurisdictionCorrectionsJdbcRepository implements JurisdictionCorrections {

    private final JdbcClient jdbc;

    JurisdictionCorrectionsJdbcRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void append(JurisdictionCorrection c) {
        jdbc.sql("""
                INSERT INTO hosting_jurisdiction_correction (host, country, organisation, reason, corrected_by, corrected_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(c.host().value(), c.country().value(), c.organisation(), c.reason(), c.correctedBy(),
                        Timestamp.from(c.correctedAt()))
                .update();
    }

    @Override
    public Optional<JurisdictionCorrection> latest(HostName host) {
        return history(host, 1).stream().findFirst();
    }

    @Override
    public List<JurisdictionCorrection> history(HostName host) {
        return history(host, 1000);
    }

    private List<JurisdictionCorrection> history(HostName host, int limit) {
        return jdbc.sql("""
                SELECT country, organisation, reason, corrected_by, corrected_at FROM hosting_jurisdiction_correction
                WHERE host = ? ORDER BY id DESC LIMIT ?""")
                .params(host.value(), limit)
                .query((rs, n) -> new JurisdictionCorrection(host, new CountryCode(rs.getString(1)), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant()))
                .list();
    }
}
