package kz.tizim.server.job;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.tizim.core.account.OrganisationId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code job} table: queueing, claiming by one worker, progress, the outcome, restart recovery
 * and the retention of results. Every state change names the state it expects, so a late write of a
 * worker that lost its job (recovered after a restart) changes nothing.
 */
@Repository
class JobsJdbcRepository {

    static final String INTERRUPTED = "interrupted by a server restart";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> PARAMETERS = new TypeReference<>() {
    };
    private static final String COLUMNS = "id, kind, parameters::text AS parameters, owner_name, organisation_id, state,"
            + " done, total, attempts, result_name, result_type, result_bytes, result_sha256, result_deleted, error,"
            + " created_at, started_at, finished_at";

    private final JdbcClient jdbc;

    JobsJdbcRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What restart recovery did. */
    record Recovered(int requeued, int failed) {
    }

    long queue(String kind, Map<String, String> parameters, String owner, OrganisationId organisation,
            String resultName, String resultType, Instant at) {
        return jdbc.sql("""
                INSERT INTO job (kind, parameters, owner_name, organisation_id, state, result_name, result_type,
                    created_at)
                VALUES (?, ?::jsonb, ?, ?, 'QUEUED', ?, ?, ?) RETURNING id""")
                .params(kind, JSON.writeValueAsString(new LinkedHashMap<>(parameters)), owner, organisation.value(),
                        resultName, resultType, Timestamp.from(at))
                .query(Long.class).single();
    }

    /** Claims the oldest queued job for this worker; another worker skips the row it locked. */
    Optional<Job> claimNext(Instant at) {
        return jdbc.sql("""
                UPDATE job SET state = 'RUNNING', started_at = ?, attempts = attempts + 1, done = 0, total = NULL
                WHERE id = (SELECT id FROM job WHERE state = 'QUEUED' ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)
                RETURNING\s""" + COLUMNS)
                .param(Timestamp.from(at)).query((rs, n) -> map(rs)).optional();
    }

    void total(long id, long total) {
        jdbc.sql("UPDATE job SET total = ? WHERE id = ? AND state = 'RUNNING'").params(total, id).update();
    }

    void progress(long id, long done) {
        jdbc.sql("UPDATE job SET done = ? WHERE id = ? AND state = 'RUNNING'").params(done, id).update();
    }

    /** Stores the outcome; false when the job was no longer running (recovered meanwhile). */
    boolean finish(long id, long done, Path result, long bytes, String sha256, Instant at) {
        return jdbc.sql("""
                UPDATE job SET state = 'DONE', done = ?, total = greatest(coalesce(total, 0), ?), result_path = ?,
                    result_bytes = ?, result_sha256 = ?, finished_at = ?
                WHERE id = ? AND state = 'RUNNING'""")
                .params(done, done, result.toString(), bytes, sha256, Timestamp.from(at), id).update() == 1;
    }

    boolean fail(long id, String error, Instant at) {
        return jdbc.sql("UPDATE job SET state = 'FAILED', error = ?, finished_at = ? WHERE id = ? AND state = 'RUNNING'")
                .params(error, Timestamp.from(at), id).update() == 1;
    }

    /**
     * After a restart, nothing is running: jobs still marked RUNNING were interrupted. Those of an
     * idempotent kind that have not been tried {@code maxAttempts} times are queued again (they start
     * over, their progress reset); all others fail with {@link #INTERRUPTED}. One server instance
     * runs jobs (see README): with several, this would take over another instance's running jobs.
     */
    Recovered recoverInterrupted(Collection<String> idempotentKinds, int maxAttempts, Instant at) {
        int requeued = jdbc.sql("""
                UPDATE job SET state = 'QUEUED', done = 0, total = NULL, started_at = NULL
                WHERE state = 'RUNNING' AND kind = ANY (?) AND attempts < ?""")
                .params(idempotentKinds.toArray(String[]::new), maxAttempts).update();
        int failed = jdbc.sql("UPDATE job SET state = 'FAILED', error = ?, finished_at = ? WHERE state = 'RUNNING'")
                .params(INTERRUPTED, Timestamp.from(at)).update();
        return new Recovered(requeued, failed);
    }

    Optional<Job> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM job WHERE id = ?").param(id).query((rs, n) -> map(rs)).optional();
    }

    Optional<Path> resultPath(long id) {
        return jdbc.sql("SELECT result_path FROM job WHERE id = ? AND state = 'DONE' AND NOT result_deleted")
                .param(id).query(String.class).optional().map(Path::of);
    }

    List<Job> ofOwner(String owner, OrganisationId organisation, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM job WHERE organisation_id = ? AND owner_name = ?"
                        + " ORDER BY id DESC LIMIT ?")
                .params(organisation.value(), owner, limit).query((rs, n) -> map(rs)).list();
    }

    long unfinishedOf(String owner, OrganisationId organisation) {
        return jdbc.sql("SELECT count(*) FROM job WHERE organisation_id = ? AND owner_name = ?"
                        + " AND state IN ('QUEUED', 'RUNNING')")
                .params(organisation.value(), owner).query(Long.class).single();
    }

    List<Job> all(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM job ORDER BY id DESC LIMIT ?").param(limit)
                .query((rs, n) -> map(rs)).list();
    }

    /** Results of jobs finished before {@code before} that are still kept: id and file. */
    Map<Long, Path> resultsFinishedBefore(Instant before) {
        Map<Long, Path> results = new LinkedHashMap<>();
        jdbc.sql("SELECT id, result_path FROM job WHERE state = 'DONE' AND NOT result_deleted AND finished_at < ?"
                        + " ORDER BY id")
                .param(Timestamp.from(before))
                .query(rs -> {
                    results.put(rs.getLong(1), Path.of(rs.getString(2)));
                });
        return results;
    }

    void resultDeleted(long id) {
        jdbc.sql("UPDATE job SET result_deleted = TRUE, result_path = NULL WHERE id = ?").param(id).update();
    }

    private static Job map(ResultSet rs) throws SQLException {
        return new Job(rs.getLong("id"), rs.getString("kind"), JSON.readValue(rs.getString("parameters"), PARAMETERS),
                rs.getString("owner_name"), new OrganisationId(rs.getLong("organisation_id")),
                Job.State.valueOf(rs.getString("state")), rs.getLong("done"), nullableLong(rs, "total"),
                rs.getInt("attempts"), rs.getString("result_name"), rs.getString("result_type"),
                nullableLong(rs, "result_bytes"), rs.getString("result_sha256"), rs.getBoolean("result_deleted"),
                rs.getString("error"), rs.getTimestamp("created_at").toInstant(), instant(rs, "started_at"),
                instant(rs, "finished_at"));
    }

    private static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
