package kz.tizim.server.job;

import java.time.Instant;
import java.util.Map;
import kz.tizim.core.account.OrganisationId;
import org.jspecify.annotations.Nullable;

/** A long operation as its owner sees it: state, progress, and its result once done. */
public record Job(long id, String kind, Map<String, String> parameters, String owner, OrganisationId organisation,
        State state, long done, @Nullable Long total, int attempts, String resultName, String resultType,
        @Nullable Long resultBytes, @Nullable String resultSha256, boolean resultDeleted, @Nullable String error,
        Instant createdAt, @Nullable Instant startedAt, @Nullable Instant finishedAt) {

    /** QUEUED until a worker claims it, RUNNING, then DONE with a result or FAILED with an error. */
    public enum State {
        QUEUED, RUNNING, DONE, FAILED;

        public boolean finished() {
            return this == DONE || this == FAILED;
        }
    }

    public Job {
        parameters = Map.copyOf(parameters);
    }

    /** Per cent done: 100 once done, 0 while the total is unknown. */
    public int percent() {
        if (state == State.DONE) {
            return 100;
        }
        if (total == null || total <= 0) {
            return 0;
        }
        return (int) Math.min(99, done * 100 / total);
    }

    public boolean unfinished() {
        return !state.finished();
    }

    /** Failed because a server restart interrupted it and it could not be run again. */
    public boolean interrupted() {
        return state == State.FAILED && JobsJdbcRepository.INTERRUPTED.equals(error);
    }

    /** The result can be downloaded: done, and not yet removed after the retention period. */
    public boolean downloadable() {
        return state == State.DONE && !resultDeleted;
    }
}
