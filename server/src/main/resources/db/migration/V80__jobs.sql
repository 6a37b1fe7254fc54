-- Long operations (exports, report generation) run in the background on a bounded pool. A job is
-- queued by a person or a machine client, claimed by one worker (FOR UPDATE SKIP LOCKED), reports
-- its progress as done/total while it runs, and stores its result as a file in the data directory
-- with its size and SHA-256, so its owner can leave and download it later, from another session.
-- On start, jobs left RUNNING by the previous run are queued again when their kind is idempotent
-- (a dump rewritten from the database), and marked FAILED otherwise.
CREATE TABLE job (
    id               BIGSERIAL   PRIMARY KEY,
    kind             TEXT        NOT NULL,
    parameters       JSONB       NOT NULL,
    owner_name       TEXT        NOT NULL,
    organisation_id  BIGINT      NOT NULL REFERENCES organisation (id),
    state            TEXT        NOT NULL CHECK (state IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    done             BIGINT      NOT NULL DEFAULT 0 CHECK (done >= 0),
    total            BIGINT      CHECK (total >= 0),
    attempts         INT         NOT NULL DEFAULT 0,
    result_name      TEXT        NOT NULL,
    result_type      TEXT        NOT NULL,
    result_path      TEXT,
    result_bytes     BIGINT,
    result_sha256    CHAR(64),
    result_deleted   BOOLEAN     NOT NULL DEFAULT FALSE,
    error            TEXT,
    created_at       TIMESTAMPTZ NOT NULL,
    started_at       TIMESTAMPTZ,
    finished_at      TIMESTAMPTZ,
    CHECK (state <> 'DONE' OR (result_sha256 IS NOT NULL AND finished_at IS NOT NULL)),
    CHECK (state <> 'FAILED' OR (error IS NOT NULL AND finished_at IS NOT NULL))
);
CREATE INDEX job_by_owner ON job (organisation_id, owner_name, id DESC);
CREATE INDEX job_unfinished ON job (id) WHERE state IN ('QUEUED', 'RUNNING');
