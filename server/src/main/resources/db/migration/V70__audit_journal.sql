-- Audit events are stored with their change in an unchained journal, and linked into the hash chain
-- soon after by one chain writer, in the order their transactions became visible. A change then
-- commits without waiting for the chain head; the chain itself is unchanged.

CREATE TABLE audit_journal (
    id            BIGSERIAL   PRIMARY KEY,
    occurred_at   TIMESTAMPTZ NOT NULL,
    actor         TEXT        NOT NULL,
    organisation  TEXT        NOT NULL,
    role          TEXT        NOT NULL,
    action        TEXT        NOT NULL,
    target        TEXT        NOT NULL,
    request_id    TEXT        NOT NULL,
    detail        TEXT        NOT NULL,
    journaled_at  TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
);

-- Which journal entry a chained event came from (none for events chained before the journal).
ALTER TABLE audit_event ADD COLUMN journal_id BIGINT UNIQUE;

-- A journal entry is never edited, and leaves the journal only once it is in the chain: the chain
-- writer inserts the chained event and deletes the entry in one transaction.
CREATE FUNCTION audit_journal_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND EXISTS (SELECT 1 FROM audit_event WHERE journal_id = OLD.id) THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'audit journal entries are append-only until chained: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_journal_no_update BEFORE UPDATE OR DELETE ON audit_journal
    FOR EACH ROW EXECUTE FUNCTION audit_journal_guard();
CREATE TRIGGER audit_journal_no_truncate BEFORE TRUNCATE ON audit_journal
    FOR EACH STATEMENT EXECUTE FUNCTION audit_journal_guard();
