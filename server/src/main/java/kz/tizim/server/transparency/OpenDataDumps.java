package kz.tizim.server.transparency;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import javax.sql.DataSource;
import kz.tizim.core.legal.OffenceCategory;
import kz.tizim.server.system.TizimProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The daily open-data dumps (schema in {@code docs/OPEN-DATA.md}): the decisions approved and the
 * register changes recorded on one day (Almaty time), each as gzip CSV and gzip JSON Lines.
 * A dump is written on first request from a database cursor straight into a gzip file, row by row,
 * never held in memory; a finished day's file is kept under {@code <data-dir>/open-data/<date>/}
 * and served from there, the current day's is written afresh on every request. Decisions are
 * published through {@link PublishedDecisions}, so the dump is redacted exactly like the pages.
 */
@Service
class OpenDataDumps {

    static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    /** The files of each day, by their name in the URL. */
    enum Dump {
        DECISIONS_CSV("decisions.csv.gz"), DECISIONS_JSONL("decisions.jsonl.gz"),
        REGISTER_CSV("register-changes.csv.gz"), REGISTER_JSONL("register-changes.jsonl.gz");

        final String file;

        Dump(String file) {
            this.file = file;
        }

        boolean decisions() {
            return this == DECISIONS_CSV || this == DECISIONS_JSONL;
        }

        boolean csv() {
            return this == DECISIONS_CSV || this == REGISTER_CSV;
        }

        static Optional<Dump> byFile(String file) {
            for (Dump dump : values()) {
                if (dump.file.equals(file)) {
                    return Optional.of(dump);
                }
            }
            return Optional.empty();
        }
    }

    static final List<String> DECISION_FIELDS = List.of("decision_number", "approved_at", "case_number", "category",
            "measure", "scope", "territorial_scope", "duration_months", "legal_ground", "citation", "catalogue_version",
            "basis_review_status", "automated_detection", "automated_decision", "notified_by", "facts", "explanation",
            "url");
    static final List<String> REGISTER_FIELDS = List.of("serial", "recorded_at", "change", "locator_kind", "locator",
            "locator_sha256", "decision", "category", "legal_basis", "urgency", "starts_at", "ends_at", "reason");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int FETCH_SIZE = 500;

    private final PublishedDecisions decisions;
    private final JdbcTemplate cursor;
    private final TransactionTemplate snapshot;
    private final TizimProperties properties;
    private final Clock clock;

    OpenDataDumps(PublishedDecisions decisions, DataSource dataSource, PlatformTransactionManager transactions,
            TizimProperties properties, Clock clock) {
        this.decisions = decisions;
        this.cursor = new JdbcTemplate(dataSource);
        // PostgreSQL streams through a cursor only with a fetch size inside a transaction.
        this.cursor.setFetchSize(FETCH_SIZE);
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        // The count that measures an export's progress and its rows must see the same data.
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.properties = properties;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ALMATY));
    }

    /** The days with a decision or a register change, newest first (read-only SQL on both modules' tables). */
    List<LocalDate> days() {
        return cursor.queryForList("""
                SELECT day FROM (
                    SELECT (approved_at AT TIME ZONE 'Asia/Almaty')::date AS day FROM decision
                    UNION
                    SELECT (recorded_at AT TIME ZONE 'Asia/Almaty')::date FROM register_version) days
                ORDER BY day DESC LIMIT 366""", LocalDate.class);
    }

    /** The dump file for {@code day}, written now unless a finished day's file is already kept; empty for a future day. */
    Optional<Path> file(LocalDate day, Dump dump) {
        LocalDate today = today();
        if (day.isAfter(today)) {
            return Optional.empty();
        }
        Path target = properties.dataDir().resolve("open-data").resolve(day.toString()).resolve(dump.file);
        if (day.isBefore(today) && Files.isRegularFile(target)) {
            return Optional.of(target);
        }
        try {
            Files.createDirectories(target.getParent());
            Path partial = Files.createTempFile(target.getParent(), dump.file, ".partial");
            try (Writer out = new BufferedWriter(new OutputStreamWriter(
                    new GZIPOutputStream(Files.newOutputStream(partial)), StandardCharsets.UTF_8))) {
                write(day, day, dump, out, Records.NONE);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return Optional.of(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Told of the records a dump writes: how many there are, then each one. */
    interface Records {
        Records NONE = new Records() {
            @Override
            public void total(long total) {
            }

            @Override
            public void written() {
            }
        };

        void total(long total);

        void written();
    }

    /**
     * Writes the dump of the days {@code first} to {@code last} (inclusive, Almaty time) as gzip to
     * {@code out}, closing it; the count and the rows come from one snapshot of the database.
     */
    void export(LocalDate first, LocalDate last, Dump dump, OutputStream out, Records records) throws IOException {
        try (Writer writer = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8))) {
            write(first, last, dump, writer, records);
        }
    }

    private void write(LocalDate first, LocalDate last, Dump dump, Writer out, Records records) throws IOException {
        List<String> fields = dump.decisions() ? DECISION_FIELDS : REGISTER_FIELDS;
        if (dump.csv()) {
            out.write(Csv.line(fields));
        }
        Timestamp from = Timestamp.from(first.atStartOfDay(ALMATY).toInstant());
        Timestamp to = Timestamp.from(last.plusDays(1).atStartOfDay(ALMATY).toInstant());
        snapshot.executeWithoutResult(status -> {
            if (dump.decisions()) {
                records.total(cursor.queryForObject(
                        "SELECT count(*) FROM decision WHERE approved_at >= ? AND approved_at < ?", Long.class, from, to));
                cursor.query("SELECT number FROM decision WHERE approved_at >= ? AND approved_at < ? ORDER BY number",
                        (RowCallbackHandler) rs -> {
                            decisions.find(rs.getString(1)).ifPresent(d -> line(out, dump, decisionRecord(d)));
                            records.written();
                        }, from, to);
            } else {
                records.total(cursor.queryForObject(
                        "SELECT count(*) FROM register_version WHERE recorded_at >= ? AND recorded_at < ?", Long.class,
                        from, to));
                cursor.query("""
                        SELECT serial, recorded_at, change, locator_kind, locator, locator_sha256, decision, category,
                               legal_basis, urgency, starts_at, ends_at, published, reason
                        FROM register_version WHERE recorded_at >= ? AND recorded_at < ? ORDER BY serial""",
                        (RowCallbackHandler) rs -> {
                            line(out, dump, registerRecord(rs));
                            records.written();
                        }, from, to);
            }
        });
    }

    private Map<String, @Nullable Object> decisionRecord(PublicDecision d) {
        Map<String, @Nullable Object> r = new LinkedHashMap<>();
        r.put("decision_number", d.number());
        r.put("approved_at", d.approvedAt().toString());
        r.put("case_number", d.caseNumber());
        r.put("category", d.category().name());
        r.put("measure", d.measure().name());
        r.put("scope", d.scope());
        r.put("territorial_scope", d.territorialScope());
        r.put("duration_months", d.durationMonths());
        r.put("legal_ground", d.legalGround());
        r.put("citation", d.citation());
        r.put("catalogue_version", d.catalogue());
        r.put("basis_review_status", d.basisReview());
        r.put("automated_detection", d.automatedDetection());
        r.put("automated_decision", d.automatedDecision());
        r.put("notified_by", d.notifiedBy().stream().map(Enum::name).toList());
        r.put("facts", d.facts());
        r.put("explanation", d.explanation());
        r.put("url", properties.publicUrl() + "/public/decisions/" + d.number());
        return r;
    }

    private static Map<String, @Nullable Object> registerRecord(ResultSet rs) throws SQLException {
        boolean hidden = !rs.getBoolean("published")
                || PublishedDecisions.HIDDEN_LOCATORS.contains(OffenceCategory.valueOf(rs.getString("category")));
        Map<String, @Nullable Object> r = new LinkedHashMap<>();
        r.put("serial", rs.getLong("serial"));
        r.put("recorded_at", instant(rs.getTimestamp("recorded_at")));
        r.put("change", rs.getString("change"));
        r.put("locator_kind", rs.getString("locator_kind"));
        r.put("locator", hidden ? null : rs.getString("locator"));
        r.put("locator_sha256", rs.getString("locator_sha256"));
        r.put("decision", rs.getString("decision"));
        r.put("category", rs.getString("category"));
        r.put("legal_basis", rs.getString("legal_basis"));
        r.put("urgency", rs.getString("urgency"));
        r.put("starts_at", instant(rs.getTimestamp("starts_at")));
        r.put("ends_at", instant(rs.getTimestamp("ends_at")));
        r.put("reason", rs.getString("reason"));
        return r;
    }

    private static @Nullable String instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant().toString();
    }

    private static void line(Writer out, Dump dump, Map<String, @Nullable Object> record) {
        try {
            if (dump.csv()) {
                List<@Nullable Object> values = new ArrayList<>();
                record.values().forEach(v -> values.add(v instanceof List<?> list
                        ? String.join(";", list.stream().map(String::valueOf).toList()) : v));
                out.write(Csv.line(values));
            } else {
                out.write(JSON.writeValueAsString(record));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
