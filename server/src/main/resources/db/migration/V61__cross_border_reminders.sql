-- Reminders of requests to host states (issue 9): one row per interval of the schedule, never two,
-- written once by whoever recorded it (the scheduler or the desk).
CREATE TABLE cross_border_reminder (
    request_id   BIGINT      NOT NULL REFERENCES cross_border_request (id),
    ordinal      INT         NOT NULL CHECK (ordinal > 0),
    due_at       TIMESTAMPTZ NOT NULL,
    recorded_at  TIMESTAMPTZ NOT NULL,
    recorded_by  TEXT        NOT NULL,
    PRIMARY KEY (request_id, ordinal)
);
CREATE TRIGGER cross_border_reminder_write_once BEFORE UPDATE OR DELETE ON cross_border_reminder
    FOR EACH ROW EXECUTE FUNCTION case_workflow_is_append_only();
