-- Bulk intake: one upload of up to a million locators is one complaint, triaged set-wise into cases.
-- The job row is committed when reading starts (so the console can show progress) and finished in
-- the same transaction as the complaint and its cases; a failed upload stores only the job and its
-- error report.
CREATE TABLE bulk_intake_job (
    id                   BIGSERIAL   PRIMARY KEY,
    organisation_id      BIGINT      NOT NULL REFERENCES organisation (id),
    uploaded_by          TEXT        NOT NULL,
    category             TEXT        NOT NULL,
    description          TEXT        NOT NULL,
    file_name            TEXT        NOT NULL,
    status               TEXT        NOT NULL CHECK (status IN ('RUNNING', 'DONE', 'FAILED')),
    bytes_total          BIGINT,
    bytes_read           BIGINT      NOT NULL DEFAULT 0,
    rows_read            BIGINT      NOT NULL DEFAULT 0,
    error_rows           BIGINT      NOT NULL DEFAULT 0,
    complaint_id         BIGINT      REFERENCES complaint (id),
    cases_opened         BIGINT,
    cases_joined         BIGINT,
    locators_new_case    BIGINT,
    locators_added       BIGINT,
    locators_restricted  BIGINT,
    duplicates           BIGINT,
    failure              TEXT,
    input_sha256         CHAR(64),
    started_at           TIMESTAMPTZ NOT NULL,
    finished_at          TIMESTAMPTZ
);
CREATE INDEX bulk_intake_job_by_organisation ON bulk_intake_job (organisation_id, id DESC);

-- The rows that made an upload fail: line number (1-based, counting every line), input as written, reason.
CREATE TABLE bulk_intake_error (
    job_id  BIGINT NOT NULL REFERENCES bulk_intake_job (id),
    line    BIGINT NOT NULL,
    input   TEXT   NOT NULL,
    reason  TEXT   NOT NULL,
    PRIMARY KEY (job_id, line)
);
