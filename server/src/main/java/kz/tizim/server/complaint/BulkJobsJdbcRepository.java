package kz.tizim.server.complaint;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import kz.tizim.core.account.Actor;
import kz.tizim.core.account.OrganisationId;
import kz.tizim.core.caseflow.PopularityTier;
import kz.tizim.core.complaint.ComplainantKind;
import kz.tizim.core.complaint.IdempotencyKey;
import kz.tizim.core.legal.CategoryProcedure;
import kz.tizim.core.legal.OffenceCategory;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/**
 * Bulk intake jobs, their error reports, and the set-based triage of a staged upload. The staging
 * table {@code bulk_staging} is a temporary table of the current transaction (see {@link BulkIntake}).
 */
@Repository
public class BulkJobsJdbcRepository {

    private static final String OPEN = "('NEW', 'IN_REVIEW', 'NOTICE_SENT')";
    private static final String JOB_COLUMNS = "id, organisation_id, uploaded_by, category, description, file_name,"
            + " status, bytes_total, bytes_read, rows_read, error_rows, complaint_id, cases_opened, cases_joined,"
            + " locators_new_case, locators_added, locators_restricted, duplicates, failure, started_at, finished_at";

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    BulkJobsJdbcRepository(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** A job as the console and API show it. Counts are absent until it is done. */
    public record Job(long id, OrganisationId organisation, String uploadedBy, String category, String description,
            String fileName, String status, @Nullable Long bytesTotal, long bytesRead, long rowsRead, long errorRows,
            @Nullable Long complaintId, @Nullable Long casesOpened, @Nullable Long casesJoined,
            @Nullable Long locatorsNewCase, @Nullable Long locatorsAdded, @Nullable Long locatorsRestricted,
            @Nullable Long duplicates, @Nullable String failure, Instant startedAt, @Nullable Instant finishedAt) {

        /** Per cent of the upload read, when its size is known; 100 once done. */
        public int percent() {
            if ("DONE".equals(status)) {
                return 100;
            }
            if (bytesTotal == null || bytesTotal <= 0) {
                return 0;
            }
            return (int) Math.min(99, bytesRead * 100 / bytesTotal);
        }

        public boolean running() {
            return "RUNNING".equals(status);
        }
    }

    /** What set-based triage did. */
    record Counts(long casesOpened, long casesJoined, long locatorsNewCase, long locatorsAdded, long restricted,
            long duplicates) {
    }

    /**
     * Starts a job, committed by the caller at once so the console sees it run.
     *
     * @throws org.springframework.dao.DuplicateKeyException when a running or finished job of the
     *     organisation holds the idempotency key
     */
    long start(Actor actor, OffenceCategory category, String description, String fileName, @Nullable Long bytesTotal,
            @Nullable IdempotencyKey key, Instant at) {
        return jdbc.sql("""
                INSERT INTO bulk_intake_job (organisation_id, uploaded_by, category, description, file_name, status,
                    bytes_total, idempotency_key, started_at) VALUES (?, ?, ?, ?, ?, 'RUNNING', ?, ?, ?) RETURNING id""")
                .params(actor.organisation().value(), actor.name(), category.name(), description, fileName,
                        bytesTotal, key == null ? null : key.value(), Timestamp.from(at))
                .query(Long.class).single();
    }

    /** The organisation's running or finished job that holds the key (a failed one has freed it). */
    Optional<Job> holding(OrganisationId organisation, IdempotencyKey key) {
        return jdbc.sql("SELECT " + JOB_COLUMNS + " FROM bulk_intake_job WHERE organisation_id = ?"
                        + " AND idempotency_key = ? AND status <> 'FAILED'")
                .params(organisation.value(), key.value()).query((rs, n) -> map(rs)).optional();
    }

    void progress(long jobId, long bytesRead, long rowsRead) {
        jdbc.sql("UPDATE bulk_intake_job SET bytes_read = ?, rows_read = ? WHERE id = ? AND status = 'RUNNING'")
                .params(bytesRead, rowsRead, jobId).update();
    }

    void fail(long jobId, String failure, long errorRows, long rowsRead, Instant at) {
        jdbc.sql("""
                UPDATE bulk_intake_job SET status = 'FAILED', failure = ?, error_rows = ?,
                    rows_read = greatest(rows_read, ?), finished_at = ? WHERE id = ? AND status = 'RUNNING'""")
                .params(failure, errorRows, rowsRead + errorRows, Timestamp.from(at), jobId).update();
    }

    /** Copies the spooled error rows (COPY text format: job id, line, input, reason) into the job's report. */
    void storeErrors(long jobId, Path spool) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (Reader in = Files.newBufferedReader(spool, StandardCharsets.UTF_8)) {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "COPY bulk_intake_error (job_id, line, input, reason) FROM STDIN", in);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("could not store the error report of job " + jobId, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    long insertComplaint(Actor actor, ComplainantKind kind, OffenceCategory category, String description,
            String fingerprint, Instant at) {
        return jdbc.sql("""
                INSERT INTO complaint (id, organisation_id, filed_by, complainant_kind, category, description,
                    locators, evidence, fingerprint, filed_at, triaged_at)
                VALUES (nextval('complaint_id_seq'), ?, ?, ?, ?, ?, '{}', '{}', ?, ?, ?) RETURNING id""")
                .params(actor.organisation().value(), actor.name(), kind.name(), category.name(), description,
                        fingerprint, Timestamp.from(at), Timestamp.from(at))
                .query(Long.class).single();
    }

    /**
     * Triage of {@code bulk_staging} in set-based statements, in the order single-complaint triage
     * uses per locator: already restricted (decided while streaming); held by an open case (the
     * complaint joins it); the site's undecided case of the same category (the locator is added);
     * otherwise one new case per registrable domain.
     */
    Counts triageStaged(long complaint, OffenceCategory category, CategoryProcedure procedure, PopularityTier tier,
            String actor, Instant now, Instant decisionDue, Statement statement) throws SQLException {
        Timestamp at = Timestamp.from(now);
        // Sorts and hashes of a million rows fit in memory for this transaction only.
        statement.execute("SET LOCAL work_mem = '128MB'");
        statement.execute("ANALYZE bulk_staging");
        long staged = count("SELECT count(*) FROM bulk_staging");
        // One row per resource, its first: a row the upload's hash table never saw before is a first
        // sighting for sure; of the rows it saw "again" (repeats, or rarely a hash collision), those
        // that are their resource's first line are kept too. No sort of the million rows.
        statement.execute("""
                CREATE TEMP TABLE bulk_unique ON COMMIT DROP AS
                SELECT resource, locator, site, decision FROM bulk_staging WHERE NOT seen_before
                UNION ALL
                SELECT s.resource, s.locator, s.site, s.decision
                FROM bulk_staging s
                JOIN (SELECT resource, min(line) AS line FROM bulk_staging
                      WHERE resource IN (SELECT resource FROM bulk_staging WHERE seen_before)
                      GROUP BY resource) f ON f.resource = s.resource AND f.line = s.line
                WHERE s.seen_before""");
        long unique = count("SELECT count(*) FROM bulk_unique");
        long restricted = count("SELECT count(*) FROM bulk_unique WHERE decision IS NOT NULL");
        statement.execute("DELETE FROM bulk_unique WHERE decision IS NOT NULL");
        statement.execute("ANALYZE bulk_unique");

        statement.execute("""
                CREATE TEMP TABLE bulk_joined ON COMMIT DROP AS
                SELECT u.resource, min(c.id) AS case_id
                FROM bulk_unique u
                JOIN (SELECT id, unnest(resources) AS resource FROM review_case WHERE status IN %s) c
                  ON c.resource = u.resource
                GROUP BY u.resource""".formatted(OPEN));
        long joinedLocators = count("SELECT count(*) FROM bulk_joined");
        long joinedCases = jdbc.sql("""
                WITH joined AS (
                    UPDATE review_case c SET complaints = c.complaints || ?::bigint, version = c.version + 1
                    FROM (SELECT DISTINCT case_id FROM bulk_joined) j
                    WHERE c.id = j.case_id AND NOT (c.complaints @> ARRAY[?::bigint])
                    RETURNING c.id)
                INSERT INTO case_event (case_id, type, actor, occurred_at, detail)
                SELECT id, 'ComplaintJoined', ?, ?, 'complaint ' || ?::bigint || ' joined' FROM joined""")
                .params(complaint, complaint, actor, at, complaint).update();
        statement.execute("DELETE FROM bulk_unique u USING bulk_joined j WHERE u.resource = j.resource");

        jdbc.sql("""
                CREATE TEMP TABLE bulk_site_added ON COMMIT DROP AS
                SELECT u.resource, u.locator, s.case_id
                FROM bulk_unique u
                JOIN (SELECT DISTINCT ON (site) site, id AS case_id FROM review_case
                      WHERE category = ? AND status IN ('NEW', 'IN_REVIEW') AND decision IS NULL
                      ORDER BY site, opened_at, id) s ON s.site = u.site""")
                .param(category.name()).update();
        long addedLocators = count("SELECT count(*) FROM bulk_site_added");
        long addedCases = jdbc.sql("""
                WITH added AS (
                    UPDATE review_case c SET locators = c.locators || a.locators, resources = c.resources || a.resources,
                        complaints = CASE WHEN c.complaints @> ARRAY[?::bigint] THEN c.complaints
                                          ELSE c.complaints || ?::bigint END,
                        version = c.version + 1
                    FROM (SELECT case_id, array_agg(locator ORDER BY resource) AS locators,
                                 array_agg(resource ORDER BY resource) AS resources
                          FROM bulk_site_added GROUP BY case_id) a
                    WHERE c.id = a.case_id RETURNING c.id)
                SELECT count(*) FROM added""")
                .params(complaint, complaint).query(Long.class).single();
        jdbc.sql("""
                INSERT INTO case_event (case_id, type, actor, occurred_at, detail)
                SELECT case_id, 'LocatorAdded', ?, ?, split_part(locator, ' ', 1) || ' added from complaint ' || ?::bigint
                FROM bulk_site_added ORDER BY case_id, resource""")
                .params(actor, at, complaint).update();
        statement.execute("DELETE FROM bulk_unique u USING bulk_site_added a WHERE u.resource = a.resource");

        statement.execute("""
                CREATE TEMP TABLE bulk_new ON COMMIT DROP AS
                SELECT nextval('review_case_id_seq') AS id, site, locators, resources
                FROM (SELECT site, array_agg(locator ORDER BY resource) AS locators,
                             array_agg(resource ORDER BY resource) AS resources
                      FROM bulk_unique GROUP BY site ORDER BY min(resource)) g""");
        long newLocators = count("SELECT count(*) FROM bulk_unique");
        jdbc.sql("INSERT INTO site_dossier (site, tier) SELECT site, ? FROM bulk_new ON CONFLICT (site) DO NOTHING")
                .param(tier.name()).update();
        long opened = jdbc.sql("""
                INSERT INTO review_case (id, version, status, category, urgency, decide_within, comply_within,
                    notice_first, publication, site, locators, resources, complaints, opened_at, decision_due)
                SELECT id, 0, 'NEW', ?, ?, ?, ?, ?, ?, site, locators, resources, ARRAY[?::bigint], ?, ?
                FROM bulk_new""")
                .params(category.name(), procedure.urgency().name(), procedure.decideWithin().toText(),
                        procedure.ownerComplyWithin().toText(), procedure.noticeBeforeRestriction(),
                        procedure.locators().name(), complaint, at, Timestamp.from(decisionDue))
                .update();
        jdbc.sql("""
                INSERT INTO case_event (case_id, type, actor, occurred_at, detail)
                SELECT id, 'CaseOpened', ?, ?, 'site ' || site || ', ' || ? || ', ' || ? || ', '
                    || cardinality(locators) || ' locator(s) from complaint ' || ?::bigint || ', decision due ' || ?
                FROM bulk_new ORDER BY id""")
                .params(actor, at, category.name(), procedure.urgency().name(), complaint, decisionDue.toString())
                .update();
        return new Counts(opened, joinedCases + addedCases, newLocators, joinedLocators + addedLocators, restricted,
                staged - unique);
    }

    void finish(long jobId, long complaint, Counts counts, long rows, String digest, Instant at) {
        jdbc.sql("""
                UPDATE bulk_intake_job SET status = 'DONE', complaint_id = ?, rows_read = ?, cases_opened = ?,
                    cases_joined = ?, locators_new_case = ?, locators_added = ?, locators_restricted = ?,
                    duplicates = ?, input_sha256 = ?, finished_at = ?
                WHERE id = ?""")
                .params(complaint, rows, counts.casesOpened(), counts.casesJoined(), counts.locatorsNewCase(),
                        counts.locatorsAdded(), counts.restricted(), counts.duplicates(), digest, Timestamp.from(at),
                        jobId)
                .update();
        jdbc.sql("UPDATE bulk_intake_job SET bytes_read = coalesce(bytes_total, bytes_read) WHERE id = ?")
                .param(jobId).update();
    }

    public Optional<Job> find(long jobId) {
        return jdbc.sql("SELECT " + JOB_COLUMNS + " FROM bulk_intake_job WHERE id = ?").param(jobId)
                .query((rs, n) -> map(rs)).optional();
    }

    public List<Job> ofOrganisation(OrganisationId organisation) {
        return jdbc.sql("SELECT " + JOB_COLUMNS + " FROM bulk_intake_job WHERE organisation_id = ? ORDER BY id DESC"
                        + " LIMIT 50")
                .param(organisation.value()).query((rs, n) -> map(rs)).list();
    }

    /** Streams the job's error report as CSV (line, input, reason) straight from PostgreSQL. */
    void writeErrorReport(long jobId, OutputStream out) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY (SELECT line, input, reason"
                    + " FROM bulk_intake_error WHERE job_id = " + jobId + " ORDER BY line) TO STDOUT"
                    + " WITH (FORMAT csv, HEADER)", out);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("could not write the error report of job " + jobId, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static Job map(ResultSet rs) throws SQLException {
        return new Job(rs.getLong("id"), new OrganisationId(rs.getLong("organisation_id")), rs.getString("uploaded_by"),
                rs.getString("category"), rs.getString("description"), rs.getString("file_name"),
                rs.getString("status"), nullableLong(rs, "bytes_total"), rs.getLong("bytes_read"),
                rs.getLong("rows_read"), rs.getLong("error_rows"), nullableLong(rs, "complaint_id"),
                nullableLong(rs, "cases_opened"), nullableLong(rs, "cases_joined"),
                nullableLong(rs, "locators_new_case"), nullableLong(rs, "locators_added"),
                nullableLong(rs, "locators_restricted"), nullableLong(rs, "duplicates"), rs.getString("failure"),
                rs.getTimestamp("started_at").toInstant(),
                rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant());
    }

    private static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
