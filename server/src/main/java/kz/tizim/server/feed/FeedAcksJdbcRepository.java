package kz.tizim.server.feed;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import kz.tizim.core.account.OrganisationId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** ISP acknowledgements (append-only) and the compliance figures derived from them. */
@Repository
class FeedAcksJdbcRepository {

    static final Duration URGENT_DEADLINE = Duration.ofHours(1);
    static final Duration ORDINARY_DEADLINE = Duration.ofHours(24);

    private final JdbcClient jdbc;

    FeedAcksJdbcRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(OrganisationId organisation, long serial, Instant at, String by) {
        jdbc.sql("INSERT INTO feed_ack (organisation_id, serial, acknowledged_at, acknowledged_by) VALUES (?, ?, ?, ?)")
                .params(organisation.value(), serial, Timestamp.from(at), by).update();
    }

    /** One acknowledgement, as the ISP's history shows it. */
    record Ack(long serial, Instant acknowledgedAt, String acknowledgedBy) {
    }

    List<Ack> history(OrganisationId organisation, int limit) {
        return jdbc.sql("SELECT serial, acknowledged_at, acknowledged_by FROM feed_ack WHERE organisation_id = ?"
                        + " ORDER BY id DESC LIMIT ?")
                .params(organisation.value(), limit)
                .query((rs, n) -> new Ack(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3))).list();
    }

    /**
     * One ISP's standing.
     *
     * @param appliedSerial   the highest serial it acknowledged (0 when none)
     * @param lag             versions it has not acknowledged yet
     * @param overdue         versions not acknowledged although their deadline has passed
     * @param lateLast30Days  versions of the last 30 days acknowledged after their deadline
     */
    public record Standing(long organisationId, String organisation, long appliedSerial, @Nullable Instant lastAck,
            long lag, long overdue, long lateLast30Days) {

        public boolean inBreach() {
            return overdue > 0;
        }
    }

    /**
     * The standing of every ISP organisation at {@code now}. Deadlines: 1 hour for versions of
     * immediate entries, 24 hours for the others, counted from when the version was recorded.
     */
    List<Standing> standings(long currentSerial, Instant now) {
        Timestamp at = Timestamp.from(now);
        return jdbc.sql("""
                WITH applied AS (
                    SELECT o.id, o.name, COALESCE(MAX(a.serial), 0) AS serial, MAX(a.acknowledged_at) AS last_ack
                    FROM organisation o LEFT JOIN feed_ack a ON a.organisation_id = o.id
                    WHERE o.kind = 'ISP' GROUP BY o.id, o.name),
                due AS (
                    SELECT v.serial, v.recorded_at + CASE WHEN v.urgency = 'IMMEDIATE'
                        THEN interval '1 hour' ELSE interval '24 hours' END AS deadline
                    FROM register_version v WHERE v.recorded_at > CAST(? AS timestamptz) - interval '30 days')
                SELECT p.id, p.name, p.serial, p.last_ack,
                    (SELECT COUNT(*) FROM due d WHERE d.serial > p.serial AND d.deadline < ?) AS overdue,
                    (SELECT COUNT(*) FROM due d WHERE d.serial <= p.serial AND d.deadline <
                        (SELECT MIN(a.acknowledged_at) FROM feed_ack a WHERE a.organisation_id = p.id AND a.serial >= d.serial)
                    ) AS late
                FROM applied p ORDER BY p.name""")
                .params(at, at)
                .query((rs, n) -> {
                    long serial = rs.getLong(3);
                    Timestamp last = rs.getTimestamp(4);
                    return new Standing(rs.getLong(1), rs.getString(2), serial, last == null ? null : last.toInstant(),
                            Math.max(0, currentSerial - serial), rs.getLong(5), rs.getLong(6));
                }).list();
    }
}
