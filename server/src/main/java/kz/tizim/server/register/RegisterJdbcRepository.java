package kz.tizim.server.register;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import kz.tizim.core.register.ChangeKind;
import kz.tizim.core.register.Register;
import kz.tizim.core.register.RegisterChange;
import kz.tizim.core.register.RegisterEntry;
import kz.tizim.match.feed.Digests;
import kz.tizim.server.audit.Auditor;
import kz.tizim.server.system.CurrentActor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register in PostgreSQL. Versions go to the append-only {@code register_version}; the
 * current list in {@code register_current} changes in the same transaction. Serials come from the
 * locked {@code register_head} row, so they are gapless and commit in order. Every version is
 * audited (a CSAM locator only by its hash).
 */
@Repository
class RegisterJdbcRepository implements Register {

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final Auditor auditor;

    RegisterJdbcRepository(JdbcClient jdbc, DataSource dataSource, Auditor auditor) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.auditor = auditor;
    }

    @Override
    public long currentSerial() {
        return jdbc.sql("SELECT serial FROM register_head").query(Long.class).single();
    }

    @Override
    public Optional<RegisterEntry> findCurrent(RegisterEntry.Key key) {
        return jdbc.sql("SELECT " + RegisterRows.COLUMNS + ", '' AS reason FROM register_current"
                        + " WHERE decision = ? AND locator_kind = ? AND locator = ?")
                .params(key.decision().value(), key.locator().kind().token(), key.locator().value())
                .query((rs, n) -> RegisterRows.map(rs).entry()).optional();
    }

    @Override
    @Transactional
    public RegisterChange append(ChangeKind kind, RegisterEntry entry, Instant recordedAt, String reason) {
        Instant at = recordedAt.truncatedTo(ChronoUnit.MICROS);
        long serial = jdbc.sql("UPDATE register_head SET serial = serial + 1 RETURNING serial").query(Long.class).single();
        String sha256 = Digests.sha256Hex(entry.locator().value());
        jdbc.sql("""
                INSERT INTO register_version (serial, recorded_at, change, locator_kind, locator, locator_sha256, decision,
                    category, legal_basis, urgency, starts_at, ends_at, published, reason)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(serial, Timestamp.from(at), kind.name(), entry.locator().kind().token(), entry.locator().value(),
                        sha256, entry.decision().value(), entry.category().name(), entry.legalBasis().value(),
                        entry.urgency().name(), Timestamp.from(entry.start()), timestamp(entry.end()), entry.published(),
                        reason)
                .update();
        int removed = jdbc.sql("DELETE FROM register_current WHERE decision = ? AND locator_kind = ? AND locator = ?")
                .params(entry.decision().value(), entry.locator().kind().token(), entry.locator().value()).update();
        if (removed != (kind == ChangeKind.ORDERED ? 0 : 1)) {
            throw new IllegalStateException("register entry " + entry.key() + " changed concurrently; retry");
        }
        if (kind.keepsEntry()) {
            jdbc.sql("""
                    INSERT INTO register_current (serial, change, recorded_at, locator_kind, locator, locator_sha256, decision,
                        category, legal_basis, urgency, starts_at, ends_at, published)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(serial, kind.name(), Timestamp.from(at), entry.locator().kind().token(),
                            entry.locator().value(), sha256, entry.decision().value(), entry.category().name(),
                            entry.legalBasis().value(), entry.urgency().name(), Timestamp.from(entry.start()),
                            timestamp(entry.end()), entry.published())
                    .update();
        }
        audit(kind, entry, serial, sha256, reason);
        return new RegisterChange(serial, at, kind, entry, reason);
    }

    private void audit(ChangeKind kind, RegisterEntry entry, long serial, String sha256, String reason) {
        String action = "register." + kind.name().toLowerCase(java.util.Locale.ROOT);
        String locator = entry.published() ? entry.locator().toString()
                : entry.locator().kind().token() + " sha256:" + sha256;
        String detail = "serial " + serial + ": " + locator + (reason.isEmpty() ? "" : " (" + reason + ")");
        CurrentActor.find().ifPresentOrElse(
                actor -> auditor.record(actor, action, entry.decision().value(), detail),
                () -> auditor.recordAnonymous("system:register", action, entry.decision().value(), detail));
    }

    @Override
    @Transactional(readOnly = true)
    public void forEachCurrent(Consumer<RegisterChange> consumer) {
        withConnection(connection -> RegisterRows.forEachCurrent(connection, consumer));
    }

    @Override
    @Transactional(readOnly = true)
    public void forEachChangeSince(long serial, Consumer<RegisterChange> consumer) {
        withConnection(connection -> RegisterRows.forEachChangeSince(connection, serial, consumer));
    }

    @Override
    @Transactional(readOnly = true)
    public void forEachActiveAt(Instant instant, Consumer<RegisterEntry> consumer) {
        withConnection(connection -> RegisterRows.forEachStateAt(connection, instant, change -> {
            if (change.kind().keepsEntry() && change.entry().inForceAt(instant)) {
                consumer.accept(change.entry());
            }
        }));
    }

    @Override
    @Transactional(readOnly = true)
    public void forEachEndedBy(Instant instant, Consumer<RegisterEntry> consumer) {
        jdbc.sql("SELECT " + RegisterRows.COLUMNS + ", '' AS reason FROM register_current"
                        + " WHERE ends_at IS NOT NULL AND ends_at <= ? ORDER BY serial")
                .param(Timestamp.from(instant))
                .query((rs, n) -> RegisterRows.map(rs).entry()).list().forEach(consumer);
    }

    private void withConnection(SqlWork work) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the register: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    @FunctionalInterface
    private interface SqlWork {
        void run(Connection connection) throws SQLException;
    }
}
