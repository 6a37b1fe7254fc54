package kz.tizim.server.register;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.function.Consumer;
import kz.tizim.core.legal.LegalBasisId;
import kz.tizim.core.legal.LocatorPublication;
import kz.tizim.core.legal.OffenceCategory;
import kz.tizim.core.legal.Urgency;
import kz.tizim.core.register.ChangeKind;
import kz.tizim.core.register.DecisionReference;
import kz.tizim.core.register.RegisterChange;
import kz.tizim.core.register.RegisterEntry;
import kz.tizim.match.locator.Locator;
import kz.tizim.match.locator.LocatorKind;
import org.jspecify.annotations.Nullable;

/**
 * Reads the register from a plain JDBC connection with server-side cursors: shared by the
 * application and by {@code tizim feed export}, which reads a database without starting the
 * application. When the connection is not in a transaction, each read runs in its own read-only one
 * (PostgreSQL streams only inside a transaction).
 */
public final class RegisterRows {

    static final int FETCH_SIZE = 10_000;
    static final String COLUMNS = "serial, change, recorded_at, locator_kind, locator, decision, category, legal_basis,"
            + " urgency, starts_at, ends_at, published";

    private RegisterRows() {
    }

    /** The serial of the latest version. */
    public static long currentSerial(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT serial FROM register_head");
                ResultSet rows = query.executeQuery()) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    /** Every current entry, as the version that gave it its state, in serial order. */
    public static void forEachCurrent(Connection connection, Consumer<RegisterChange> consumer) throws SQLException {
        stream(connection, "SELECT " + COLUMNS + ", '' AS reason FROM register_current ORDER BY serial", null, consumer);
    }

    /** Every version after {@code serial}. */
    public static void forEachChangeSince(Connection connection, long serial, Consumer<RegisterChange> consumer)
            throws SQLException {
        stream(connection, "SELECT " + COLUMNS + ", reason FROM register_version WHERE serial > ? ORDER BY serial",
                serial, consumer);
    }

    /**
     * A register row as plain values, for writers that need no domain objects: the snapshot of
     * millions of entries skips re-canonicalising locators that were canonical when stored.
     *
     * @param sha256 SHA-256 of the canonical locator, as stored; null for published entries, whose lines
     *               carry the locator instead and need no hash
     */
    public record Row(long serial, String change, String kind, String locator, @Nullable String sha256, String decision,
            String category, String legalBasis, String urgency, Instant start, @Nullable Instant end, boolean published) {
    }

    /**
     * Every current entry as a row, in no particular order (a sequential scan: the fastest read),
     * streamed with binary {@code COPY}: a 2M-entry snapshot spent most of its time decoding rows
     * through {@code ResultSet} getters.
     */
    public static void forEachCurrentRow(Connection connection, Consumer<Row> consumer) throws SQLException {
        BinaryCopyRows.forEach(connection, "SELECT " + BinaryCopyRows.COLUMNS + " FROM register_current", consumer);
    }

    /** Every version after {@code serial} as a row, in serial order. */
    public static void forEachChangeRowSince(Connection connection, long serial, Consumer<Row> consumer)
            throws SQLException {
        // COPY takes no bind parameters; a long is safe to inline.
        BinaryCopyRows.forEach(connection, "SELECT " + BinaryCopyRows.COLUMNS + " FROM register_version WHERE serial > "
                + serial + " ORDER BY serial", consumer);
    }

    /** The latest version of each entry recorded at or before {@code instant} (the state at that time). */
    static void forEachStateAt(Connection connection, Instant instant, Consumer<RegisterChange> consumer)
            throws SQLException {
        stream(connection, "SELECT * FROM (SELECT DISTINCT ON (decision, locator_kind, locator) " + COLUMNS
                + ", reason FROM register_version WHERE recorded_at <= ? "
                + "ORDER BY decision, locator_kind, locator, serial DESC) latest ORDER BY serial",
                Timestamp.from(instant), consumer);
    }

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet rows) throws SQLException;
    }

    private static void stream(Connection connection, String sql, @Nullable Object parameter,
            Consumer<RegisterChange> consumer) throws SQLException {
        stream(connection, sql, parameter, (RowReader) rows -> consumer.accept(map(rows)));
    }

    private static void stream(Connection connection, String sql, @Nullable Object parameter, RowReader reader)
            throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        if (autoCommit) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
        }
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setFetchSize(FETCH_SIZE);
            if (parameter != null) {
                query.setObject(1, parameter);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        } finally {
            if (autoCommit) {
                connection.rollback();
                connection.setReadOnly(false);
                connection.setAutoCommit(true);
            }
        }
    }

    static RegisterChange map(ResultSet rs) throws SQLException {
        LocatorKind kind = LocatorKind.fromToken(rs.getString("locator_kind"));
        if (kind == null) {
            throw new SQLException("unknown locator kind " + rs.getString("locator_kind"));
        }
        Timestamp ends = rs.getTimestamp("ends_at");
        RegisterEntry entry = new RegisterEntry(Locator.of(kind, rs.getString("locator")),
                new DecisionReference(rs.getString("decision")), OffenceCategory.valueOf(rs.getString("category")),
                new LegalBasisId(rs.getString("legal_basis")), Urgency.valueOf(rs.getString("urgency")),
                rs.getTimestamp("starts_at").toInstant(), ends == null ? null : ends.toInstant(),
                rs.getBoolean("published") ? LocatorPublication.PUBLISHED : LocatorPublication.HASHES_ONLY);
        return new RegisterChange(rs.getLong("serial"), rs.getTimestamp("recorded_at").toInstant(),
                ChangeKind.valueOf(rs.getString("change")), entry, rs.getString("reason"));
    }
}
