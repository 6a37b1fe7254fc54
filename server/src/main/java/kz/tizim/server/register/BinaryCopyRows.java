package kz.tizim.server.register;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyInputStream;

/**
 * Reads register rows with {@code COPY (SELECT …) TO STDOUT (FORMAT binary)}: PostgreSQL sends each
 * value in its internal form (bigints and timestamps as 8 bytes, text as UTF-8) and nothing is
 * converted to text and back on either side, nor decoded through {@code ResultSet} getters. That
 * was most of the time of a 2M-entry snapshot. The stream is parsed as it arrives, a 64 KiB buffer
 * at a time; rows are never held.
 *
 * <p>The query must select, in this order: serial (bigint), published (boolean), change,
 * locator_kind, locator, locator_sha256, decision, category, legal_basis, urgency (text),
 * starts_at, ends_at (timestamptz). See the binary format in the PostgreSQL manual, "COPY".
 */
final class BinaryCopyRows {

    static final String COLUMNS = "serial, published, change, locator_kind, locator, locator_sha256, decision,"
            + " category, legal_basis, urgency, starts_at, ends_at";

    private static final int FIELDS = 12;
    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0};
    /** PostgreSQL timestamps count microseconds from 2000-01-01T00:00:00Z. */
    private static final long POSTGRES_EPOCH_SECONDS = 946_684_800L;
    /** Far above any register value; a larger length means the parser lost its place. */
    private static final int MAX_FIELD = 64 << 20;

    private final InputStream in;
    private byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;

    // Values repeated across rows (kinds, categories, bases, start dates) are decoded once.
    private final Repeated change = new Repeated();
    private final Repeated kind = new Repeated();
    private final Repeated category = new Repeated();
    private final Repeated basis = new Repeated();
    private final Repeated urgency = new Repeated();
    private long lastStartMicros = Long.MIN_VALUE;
    private @Nullable Instant lastStart;

    private BinaryCopyRows(InputStream in) {
        this.in = in;
    }

    /** Streams the rows of {@code select} (see the class comment for its columns) to {@code consumer}. */
    static void forEach(Connection connection, String select, Consumer<RegisterRows.Row> consumer) throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        try (PGCopyInputStream copy = new PGCopyInputStream(pg, "COPY (" + select + ") TO STDOUT (FORMAT binary)")) {
            new BinaryCopyRows(copy).readAll(consumer);
        } catch (IOException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw new SQLException("cannot read the COPY stream: " + e.getMessage(), e);
        }
    }

    private void readAll(Consumer<RegisterRows.Row> consumer) throws IOException {
        require(SIGNATURE.length + 8);
        if (!Arrays.equals(buf, pos, pos + SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)) {
            throw new IOException("not a binary COPY stream");
        }
        pos += SIGNATURE.length;
        int flags = int32();
        if ((flags & (1 << 16)) != 0) {
            throw new IOException("binary COPY with OIDs is not expected");
        }
        skip(int32()); // header extension
        while (true) {
            require(2);
            short fields = int16();
            if (fields == -1) {
                return;
            }
            if (fields != FIELDS) {
                throw new IOException("expected " + FIELDS + " columns, found " + fields);
            }
            consumer.accept(row());
        }
    }

    private RegisterRows.Row row() throws IOException {
        long serial = int64Field();
        boolean published = boolField();
        String changeValue = change.read(this);
        String kindValue = kind.read(this);
        String locator = text();
        // Only entries kept out of clear text are written with their hash.
        String sha256 = published ? skipText() : text().trim();
        String decision = text();
        String categoryValue = category.read(this);
        String basisValue = basis.read(this);
        String urgencyValue = urgency.read(this);
        Instant start = start(timestampField());
        Instant end = null;
        int endLength = length();
        if (endLength >= 0) {
            if (endLength != 8) {
                throw new IOException("expected an 8-byte timestamp");
            }
            end = instant(int64());
        }
        return new RegisterRows.Row(serial, changeValue, kindValue, locator, sha256, decision, categoryValue, basisValue,
                urgencyValue, start, end, published);
    }

    private Instant start(long micros) throws IOException {
        if (micros != lastStartMicros || lastStart == null) {
            lastStart = instant(micros);
            lastStartMicros = micros;
        }
        return lastStart;
    }

    private static Instant instant(long micros) throws IOException {
        if (micros == Long.MAX_VALUE || micros == Long.MIN_VALUE) {
            throw new IOException("infinite timestamps are not register instants");
        }
        return Instant.ofEpochSecond(POSTGRES_EPOCH_SECONDS + Math.floorDiv(micros, 1_000_000L),
                Math.floorMod(micros, 1_000_000L) * 1000L);
    }

    /** The length of the next field (-1 for null), with the field's bytes then available in the buffer. */
    private int length() throws IOException {
        require(4);
        int length = int32();
        if (length < -1 || length > MAX_FIELD) {
            throw new IOException("a field of " + length + " bytes: the COPY stream is out of step");
        }
        if (length > 0) {
            require(length);
        }
        return length;
    }

    private int notNullLength() throws IOException {
        int length = length();
        if (length < 0) {
            throw new IOException("unexpected null in a register row");
        }
        return length;
    }

    private long int64Field() throws IOException {
        if (notNullLength() != 8) {
            throw new IOException("expected an 8-byte bigint");
        }
        return int64();
    }

    private long timestampField() throws IOException {
        return int64Field();
    }

    private boolean boolField() throws IOException {
        if (notNullLength() != 1) {
            throw new IOException("expected a 1-byte boolean");
        }
        return buf[pos++] != 0;
    }

    private String text() throws IOException {
        int length = notNullLength();
        String s = new String(buf, pos, length, StandardCharsets.UTF_8);
        pos += length;
        return s;
    }

    private @Nullable String skipText() throws IOException {
        int length = notNullLength(); // before reading pos: the call may move the buffer
        pos += length;
        return null;
    }

    private short int16() {
        short v = (short) (((buf[pos] & 0xff) << 8) | (buf[pos + 1] & 0xff));
        pos += 2;
        return v;
    }

    private int int32() {
        int v = ((buf[pos] & 0xff) << 24) | ((buf[pos + 1] & 0xff) << 16) | ((buf[pos + 2] & 0xff) << 8)
                | (buf[pos + 3] & 0xff);
        pos += 4;
        return v;
    }

    private long int64() {
        long high = int32() & 0xffffffffL;
        long low = int32() & 0xffffffffL;
        return (high << 32) | low;
    }

    private void skip(int n) throws IOException {
        if (n > 0) {
            require(n);
            pos += n;
        }
    }

    /** Makes {@code n} bytes available from {@code pos}, reading (and growing the buffer) as needed. */
    private void require(int n) throws IOException {
        if (limit - pos >= n) {
            return;
        }
        if (n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(n, buf.length * 2));
        }
        if (pos + n > buf.length) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        while (limit - pos < n) {
            int read = in.read(buf, limit, buf.length - limit);
            if (read < 0) {
                throw new EOFException("the COPY stream ended inside a row");
            }
            limit += read;
        }
    }

    /** The last value of a low-cardinality column, decoded again only when its bytes change. */
    private static final class Repeated {
        private byte[] bytes = new byte[0];
        private String value = "";

        String read(BinaryCopyRows rows) throws IOException {
            int length = rows.notNullLength();
            byte[] buf = rows.buf;
            int from = rows.pos;
            rows.pos += length;
            if (!Arrays.equals(buf, from, from + length, bytes, 0, bytes.length)) {
                bytes = Arrays.copyOfRange(buf, from, from + length);
                value = new String(bytes, StandardCharsets.UTF_8);
            }
            return value;
        }
    }
}
