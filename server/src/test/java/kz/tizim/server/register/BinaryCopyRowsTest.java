package kz.tizim.server.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import kz.tizim.server.support.TizimSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The binary COPY reader against what JDBC getters read from the same rows: hash-only entries, end
 * dates, instants before 1970 and with microseconds, non-ASCII text, and a locator larger than the
 * reader's buffer, over enough rows to cross many buffer boundaries. Rolled back afterwards.
 */
@TizimSpringBootTest
class BinaryCopyRowsTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void readsTheSameRowsAsJdbc() {
        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            long base = jdbc.sql("SELECT serial FROM register_head FOR UPDATE").query(Long.class).single();
            jdbc.sql("""
                    INSERT INTO register_version (serial, recorded_at, change, locator_kind, locator, locator_sha256, decision,
                        category, legal_basis, urgency, starts_at, ends_at, published)
                    SELECT ? + i, now(), CASE WHEN i % 7 = 0 THEN 'LIFTED' ELSE 'ORDERED' END,
                        CASE WHEN i % 2 = 0 THEN 'domain' ELSE 'url' END,
                        CASE WHEN i = 1500 THEN 'https://long.example/' || repeat('ж', 100000)
                             ELSE 'n' || i || '.тест.example' END,
                        encode(sha256(convert_to('n' || i, 'UTF8')), 'hex'),
                        'TZ-2026-' || lpad(i::text, 6, '0'), CASE WHEN i % 3 = 0 THEN 'ҚҰҚЫҚ' ELSE 'COPYRIGHT' END,
                        'KZ-CC-' || (i % 5), 'ORDINARY',
                        CASE WHEN i % 11 = 0 THEN '1969-12-31T23:59:59.999999Z'::timestamptz
                             ELSE '2026-03-01T00:00:00Z'::timestamptz + i * interval '1.000123 second' END,
                        CASE WHEN i % 4 = 0 THEN '2027-01-01T12:00:00.5Z'::timestamptz END,
                        i % 5 <> 0
                    FROM generate_series(1, 20000) AS i""").params(base).update();
            jdbc.sql("UPDATE register_head SET serial = ?").param(base + 20000).update();

            List<RegisterRows.Row> expected = jdbc.sql("SELECT serial, published, change, locator_kind, locator,"
                    + " locator_sha256, decision, category, legal_basis, urgency, starts_at, ends_at"
                    + " FROM register_version WHERE serial > ? ORDER BY serial").param(base).query((rs, n) -> {
                        OffsetDateTime end = rs.getObject(12, OffsetDateTime.class);
                        boolean published = rs.getBoolean(2);
                        return new RegisterRows.Row(rs.getLong(1), rs.getString(3), rs.getString(4), rs.getString(5),
                                published ? null : rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                                rs.getString(10), rs.getObject(11, OffsetDateTime.class).toInstant(),
                                end == null ? null : end.toInstant(), published);
                    }).list();
            List<RegisterRows.Row> copied = new ArrayList<>();
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                RegisterRows.forEachChangeRowSince(connection, base, copied::add);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }

            assertThat(copied).hasSize(20000).isEqualTo(expected);
            assertThat(copied).anyMatch(row -> row.locator().length() > 100_000);
            assertThat(copied).anyMatch(row -> row.sha256() != null && row.end() != null);
        });
    }
}
