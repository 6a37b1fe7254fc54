package kz.tizim.server.complaint;

import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import kz.tizim.core.account.Actor;
import kz.tizim.core.account.Role;
import kz.tizim.core.caseflow.DecisionNumber;
import kz.tizim.core.caseflow.LegalCatalogues;
import kz.tizim.core.caseflow.PopularityTier;
import kz.tizim.core.caseflow.Timekeeping;
import kz.tizim.core.complaint.ComplainantKind;
import kz.tizim.core.complaint.FilingComplaint;
import kz.tizim.core.complaint.IdempotencyKey;
import kz.tizim.core.legal.CategoryProcedure;
import kz.tizim.core.legal.OffenceCategory;
import kz.tizim.core.register.Register;
import kz.tizim.core.scope.Scopes;
import kz.tizim.match.locator.InvalidLocatorException;
import kz.tizim.match.locator.Locator;
import kz.tizim.match.locator.LocatorKind;
import kz.tizim.server.audit.Auditor;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk intake: one upload of up to {@value #MAX_ROWS} locators becomes <em>one</em> complaint (the
 * category and description given once for all), triaged set-wise into cases by registrable domain.
 *
 * <p>The upload is streamed: each line is read, canonicalised with the {@code match} module, checked
 * against a snapshot of the register in memory and written straight into a PostgreSQL {@code COPY} into a
 * temporary staging table, so neither the file nor its rows are ever held in memory. Triage is then
 * a handful of set-based statements over the staging table (dedupe http/https twins, join open cases
 * holding a locator, add to the site's undecided case, open one case per remaining site), not one
 * round trip per row. Everything — complaint, cases, case events, the audit entry and the job's
 * result — commits in one transaction.
 *
 * <p>An upload with any unreadable row or non-locator is refused as a whole: nothing is filed, the
 * job is marked failed and keeps its error report (line, input, reason), and the answer names the
 * first {@value #SAMPLE} offending rows with their count. Progress (bytes and rows read) is written
 * in its own short transactions so the console can show it while the upload runs.
 */
@Service
public class BulkIntake {

    /** Most locator rows in one upload. */
    public static final int MAX_ROWS = 1_000_000;
    /** Offending rows named in a refusal; the error report has them all. */
    static final int SAMPLE = 20;
    private static final int PROGRESS_EVERY = 25_000;
    private static final String TRIAGE_ACTOR = "system:triage";
    private static final Logger LOG = LoggerFactory.getLogger(BulkIntake.class);

    private final DataSource dataSource;
    private final TransactionTemplate transaction;
    private final TransactionTemplate sideTransaction;
    private final BulkJobsJdbcRepository jobs;
    private final Register register;
    private final LegalCatalogues catalogues;
    private final Timekeeping time;
    private final Auditor auditor;

    BulkIntake(DataSource dataSource, PlatformTransactionManager transactions, BulkJobsJdbcRepository jobs,
            Register register, LegalCatalogues catalogues, Timekeeping time, Auditor auditor) {
        this.dataSource = dataSource;
        this.transaction = new TransactionTemplate(transactions);
        this.sideTransaction = new TransactionTemplate(transactions);
        this.sideTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.jobs = jobs;
        this.register = register;
        this.catalogues = catalogues;
        this.time = time;
        this.auditor = auditor;
    }

    /** What to file for every locator of the upload. */
    public record BulkCommand(Actor actor, OffenceCategory category, String description, String fileName,
            BulkUploadReader.Format format, @Nullable Long bytesTotal, @Nullable IdempotencyKey idempotencyKey) {
    }

    /** One offending row of an upload. */
    public record ErrorRow(long line, String input, String reason) {
    }

    /** How an upload ended. */
    public sealed interface Result permits Filed, Refused {
    }

    /**
     * Filed: the job (with its counts) that now points at the complaint; {@code replayed} when it is
     * the earlier upload of the same idempotency key, answered again without reading this body.
     */
    public record Filed(BulkJobsJdbcRepository.Job job, boolean replayed) implements Result {
    }

    /** Refused as a whole: why, the first offending rows, how many there were, and the failed job if any. */
    public record Refused(@Nullable Long jobId, String rule, String reason, List<ErrorRow> sample, long errorCount)
            implements Result {
    }

    /** Refusals before anything is read: who may file, and what a bulk complaint must state. */
    public Optional<Refused> refusalBeforeReading(Actor actor, @Nullable OffenceCategory category,
            String description) {
        if (!(actor.has(Role.COMPLAINANT) || actor.has(Role.REVIEWER))) {
            return Optional.of(new Refused(null, "NotAuthorised",
                    "only complainants and regulator intake staff file complaints", List.of(), 0));
        }
        if (category == null) {
            return Optional.of(new Refused(null, "Invalid", "category: one of " + List.of(OffenceCategory.values()),
                    List.of(), 0));
        }
        if (category == OffenceCategory.COPYRIGHT) {
            return Optional.of(new Refused(null, "Invalid",
                    "copyright is not filed in bulk: a rights holder states the right per work", List.of(), 0));
        }
        if (description.isBlank() || description.length() > FilingComplaint.MAX_DESCRIPTION) {
            return Optional.of(new Refused(null, "Invalid", "description: 1 to " + FilingComplaint.MAX_DESCRIPTION
                    + " characters describing what is unlawful", List.of(), 0));
        }
        return Optional.empty();
    }

    /** Reads, stages and triages an upload; see the class comment for the guarantees. */
    public Result file(BulkCommand command, InputStream body) {
        Actor actor = command.actor();
        Optional<Refused> early = refusalBeforeReading(actor, command.category(), command.description());
        if (early.isPresent()) {
            return early.get();
        }
        Optional<Result> earlier = earlierWithKey(command);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        long jobId;
        try {
            jobId = jobs.start(actor, command.category(), command.description().strip(), command.fileName(),
                    command.bytesTotal(), command.idempotencyKey(), time.now());
        } catch (DuplicateKeyException raced) {
            // A retry with the same key started a moment ago; answer with that upload.
            return earlierWithKey(command).orElseThrow(() -> raced);
        }
        Path errorFile = null;
        try {
            errorFile = Files.createTempFile("tizim-bulk-" + jobId + "-", ".errors");
            Staging staging = new Staging(jobId, errorFile);
            Result result = transaction.execute(status -> {
                Result r = stageAndTriage(command, jobId, body, staging);
                if (r instanceof Refused) {
                    status.setRollbackOnly();
                }
                return r;
            });
            if (result instanceof Refused refused) {
                sideTransaction.executeWithoutResult(status -> {
                    jobs.storeErrors(jobId, staging.errorFile);
                    jobs.fail(jobId, refused.reason(), staging.errorCount, staging.rows, time.now());
                });
                return new Refused(jobId, refused.rule(), refused.reason(), refused.sample(), refused.errorCount());
            }
            return result;
        } catch (RuntimeException | IOException e) {
            String reason = e instanceof UncheckedIOException u ? "the upload broke off: " + u.getCause().getMessage()
                    : e instanceof IOException ? "the upload broke off: " + e.getMessage()
                    : "the upload could not be stored: " + e.getClass().getSimpleName();
            sideTransaction.executeWithoutResult(status -> jobs.fail(jobId, reason, 0, 0, time.now()));
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new UncheckedIOException((IOException) e);
        } finally {
            if (errorFile != null) {
                try {
                    Files.deleteIfExists(errorFile);
                } catch (IOException ignored) {
                    // A temporary file left behind is removed with the temporary directory.
                }
            }
        }
    }

    /**
     * The answer for a retry: the upload that holds the command's idempotency key, if any. A finished
     * one is replayed when it was filed with the same category, description and file name (else the
     * key is refused as used for another upload); a running one is a conflict to retry later.
     */
    private Optional<Result> earlierWithKey(BulkCommand command) {
        IdempotencyKey key = command.idempotencyKey();
        if (key == null) {
            return Optional.empty();
        }
        return jobs.holding(command.actor().organisation(), key).map(job -> {
            boolean same = job.category().equals(command.category().name())
                    && job.description().equals(command.description().strip())
                    && job.fileName().equals(command.fileName());
            if (!same) {
                return new Refused(job.id(), "IdempotencyKey", "this idempotency key was already used for"
                        + " a different upload (job " + job.id() + ")", List.of(), 0);
            }
            if (job.running()) {
                return new Refused(job.id(), "UploadRunning", "the upload with this idempotency key (job "
                        + job.id() + ") is still running; ask again when it is done", List.of(), 0);
            }
            return new Filed(job, true);
        });
    }

    /** Counters and the error spool of one upload. */
    private static final class Staging {
        final long jobId;
        final Path errorFile;
        final List<ErrorRow> sample = new ArrayList<>();
        final SiteKeys sites = new SiteKeys();
        final SeenResources seen = new SeenResources(MAX_ROWS);
        long rows;
        long errorCount;
        long restricted;

        Staging(long jobId, Path errorFile) {
            this.jobId = jobId;
            this.errorFile = errorFile;
        }
    }

    private Result stageAndTriage(BulkCommand command, long jobId, InputStream body, Staging staging) {
        long started = System.nanoTime();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (Statement statement = connection.createStatement()) {
            statement.execute("""
                    CREATE TEMP TABLE bulk_staging (line BIGINT, locator TEXT, resource TEXT, site TEXT,
                        decision TEXT, seen_before BOOLEAN) ON COMMIT DROP""");
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            CountingInputStream counted = new CountingInputStream(new DigestInputStream(body, sha256));
            PGConnection pg = connection.unwrap(PGConnection.class);
            String tooMany = stream(command, jobId, counted, pg, staging);
            if (tooMany != null) {
                return new Refused(null, "TooManyRows", tooMany, List.copyOf(staging.sample), staging.errorCount);
            }
            if (staging.errorCount > 0) {
                return new Refused(null, "InvalidRows", staging.errorCount + " row(s) are not locators; nothing was"
                        + " filed. Correct them and upload again (the error report lists every one).",
                        List.copyOf(staging.sample), staging.errorCount);
            }
            if (staging.rows == 0) {
                return new Refused(null, "Invalid", "the upload holds no locators", List.of(), 0);
            }
            String digest = HexFormat.of().formatHex(sha256.digest());
            sideTransaction.executeWithoutResult(status -> jobs.progress(jobId, counted.count, staging.rows));
            long staged = System.nanoTime();
            Filed filed = new Filed(triage(command, jobId, digest, staging, statement), false);
            LOG.info("bulk job {}: {} rows read and staged in {} ms, triaged in {} ms", jobId, staging.rows,
                    (staged - started) / 1_000_000, (System.nanoTime() - staged) / 1_000_000);
            return filed;
        } catch (SQLException e) {
            throw new IllegalStateException("bulk intake of job " + jobId + " failed in the database", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** Streams the body into COPY; returns why reading stopped early (too many rows), else null. */
    private @Nullable String stream(BulkCommand command, long jobId, CountingInputStream counted, PGConnection pg,
            Staging staging) throws SQLException, IOException {
        BulkLocators locators = new BulkLocators();
        RegisterSnapshot restrictions = RegisterSnapshot.of(register, time.now());
        String[] stopped = {null};
        try (var copy = new PGCopyOutputStream(pg, "COPY bulk_staging (line, locator, resource, site, decision, seen_before)"
                + " FROM STDIN", 1 << 16);
                Writer out = new BufferedWriter(new OutputStreamWriter(copy, StandardCharsets.UTF_8), 1 << 16);
                Writer errors = Files.newBufferedWriter(staging.errorFile, StandardCharsets.UTF_8)) {
            var reader = new BulkUploadReader(new InputStreamReader(counted, StandardCharsets.UTF_8),
                    command.format());
            try {
                reader.read((line, input, text, problem) -> {
                    if (staging.rows + staging.errorCount >= MAX_ROWS) {
                        stopped[0] = "more than " + MAX_ROWS + " rows in one upload; split it";
                        throw new StopReading();
                    }
                    if (problem == null) {
                        try {
                            Locator locator = locators.read(text);
                            stage(out, line, locator, restrictions, staging);
                        } catch (InvalidLocatorException e) {
                            problem = e.getMessage();
                        }
                    }
                    if (problem != null) {
                        staging.errorCount++;
                        if (staging.sample.size() < SAMPLE) {
                            staging.sample.add(new ErrorRow(line, input, problem));
                        }
                        errors.write(Long.toString(jobId));
                        errors.write('\t');
                        errors.write(Long.toString(line));
                        errors.write('\t');
                        copyField(errors, input);
                        errors.write('\t');
                        copyField(errors, problem);
                        errors.write('\n');
                    }
                    if ((staging.rows + staging.errorCount) % PROGRESS_EVERY == 0) {
                        sideTransaction.executeWithoutResult(
                                status -> jobs.progress(jobId, counted.count, staging.rows + staging.errorCount));
                    }
                });
            } catch (StopReading stop) {
                // The reason is in stopped[0]; the rest of the body is left unread.
            }
        }
        return stopped[0];
    }

    private static void stage(Writer out, long line, Locator locator, RegisterSnapshot restrictions, Staging staging)
            throws IOException {
        Optional<DecisionNumber> restricting = restrictions.restricting(locator);
        String resource = BulkLocators.resource(locator);
        out.write(Long.toString(line));
        out.write('\t');
        copyField(out, locator.toString());
        out.write('\t');
        copyField(out, resource);
        out.write('\t');
        copyField(out, staging.sites.of(locator));
        out.write('\t');
        if (restricting.isPresent()) {
            copyField(out, restricting.get().value());
            staging.restricted++;
        } else {
            out.write("\\N");
        }
        out.write(staging.seen.firstSighting(resource) ? "\tf\n" : "\tt\n");
        staging.rows++;
    }

    /** Set-based triage over the staging table, then the complaint, the audit entry and the job's result. */
    private BulkJobsJdbcRepository.Job triage(BulkCommand command, long jobId, String digest, Staging staging,
            Statement statement) throws SQLException {
        Actor actor = command.actor();
        Instant now = time.now();
        CategoryProcedure procedure = catalogues.current().procedure(command.category());
        Instant decisionDue = time.due(procedure.decideWithin(), now);
        ComplainantKind kind = ComplaintRequests.defaultKind(actor, null);
        long complaint = jobs.insertComplaint(actor, kind, command.category(), command.description().strip(),
                digest, now);
        var counts = jobs.triageStaged(complaint, command.category(), procedure, PopularityTier.UNKNOWN,
                TRIAGE_ACTOR, now, decisionDue, statement);
        auditor.record(actor, "BULK_COMPLAINT_FILED", "complaint:" + complaint, command.category() + ", "
                + staging.rows + " locator(s) from " + command.fileName() + " (sha256 " + digest + ", job " + jobId
                + "): " + counts.casesOpened() + " case(s) opened, " + counts.casesJoined() + " joined, "
                + counts.restricted() + " already restricted, " + counts.duplicates() + " duplicate(s)");
        jobs.finish(jobId, complaint, counts, staging.rows, digest, time.now());
        return jobs.find(jobId).orElseThrow();
    }

    /** Writes a value for COPY's text format: backslash, tab, newline and carriage return escaped. */
    static void copyField(Writer out, String value) throws IOException {
        int plain = 0; // start of the run of characters written as they are
        for (int i = 0; i < value.length(); i++) {
            String escaped = switch (value.charAt(i)) {
                case '\\' -> "\\\\";
                case '\t' -> "\\t";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                default -> null;
            };
            if (escaped != null) {
                out.write(value, plain, i - plain);
                out.write(escaped);
                plain = i + 1;
            }
        }
        out.write(value, plain, value.length() - plain);
    }

    /**
     * Site keys of the hosts seen recently in one upload: an upload's rows come mostly site by site,
     * and the public-suffix walk (with re-parsing the URL for its host) was a quarter of reading one.
     * A URL's site depends only on its host, so URLs with the same authority share the key.
     */
    static final class SiteKeys {
        private static final int MAX = 10_000;
        private final Map<String, String> byAuthority = new HashMap<>();

        String of(Locator locator) {
            if (locator.kind() != LocatorKind.URL && locator.kind() != LocatorKind.URL_PREFIX) {
                return Scopes.siteKey(locator);
            }
            String url = locator.value();
            int from = url.indexOf("://") + 3;
            int to = url.indexOf('/', from);
            String authority = to < 0 ? url.substring(from) : url.substring(from, to);
            String site = byAuthority.get(authority);
            if (site == null) {
                if (byAuthority.size() >= MAX) {
                    byAuthority.clear();
                }
                site = Scopes.siteKey(locator);
                byAuthority.put(authority, site);
            }
            return site;
        }
    }

    /** Thrown from the row callback to stop reading an upload that has too many rows. */
    private static final class StopReading extends IOException {
        StopReading() {
            super(null, null);
        }
    }

    /** Unchecked wrapper for an upload that broke off while streaming. */
    static final class UncheckedIOException extends RuntimeException {
        UncheckedIOException(IOException cause) {
            super(cause);
        }
    }

    /** Counts the bytes read, for the progress bar. */
    private static final class CountingInputStream extends FilterInputStream {
        volatile long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
