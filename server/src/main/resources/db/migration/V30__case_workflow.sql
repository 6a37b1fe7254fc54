-- The case workflow: complaints and evidence, cases with their event log, site dossiers, decision
-- drafts and approved decisions, notices with the mail outbox, and appeals.

-- Evidence files are write-once: the bytes and their SHA-256 never change after upload.
CREATE TABLE evidence (
    id               BIGINT      PRIMARY KEY,
    organisation_id  BIGINT      NOT NULL REFERENCES organisation (id),
    file_name        TEXT        NOT NULL,
    content_type     TEXT        NOT NULL,
    size_bytes       BIGINT      NOT NULL CHECK (size_bytes > 0),
    sha256           CHAR(64)    NOT NULL,
    stored_at        TIMESTAMPTZ NOT NULL,
    content          BYTEA       NOT NULL
);
CREATE SEQUENCE evidence_id_seq;

CREATE FUNCTION case_workflow_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% rows are write-once: % is not allowed', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER evidence_write_once BEFORE UPDATE OR DELETE ON evidence
    FOR EACH ROW EXECUTE FUNCTION case_workflow_is_append_only();

CREATE TABLE complaint (
    id                BIGINT      PRIMARY KEY,
    organisation_id   BIGINT      NOT NULL REFERENCES organisation (id),
    filed_by          TEXT        NOT NULL,
    complainant_kind  TEXT        NOT NULL,
    category          TEXT        NOT NULL,
    suggested_basis   TEXT,
    description       TEXT        NOT NULL,
    locators          TEXT[]      NOT NULL,
    evidence          BIGINT[]    NOT NULL,
    right_work        TEXT,
    right_basis       TEXT,
    right_proof       BIGINT REFERENCES evidence (id),
    owner_name        TEXT,
    owner_email       TEXT,
    idempotency_key   TEXT,
    fingerprint       CHAR(64)    NOT NULL,
    filed_at          TIMESTAMPTZ NOT NULL,
    triaged_at        TIMESTAMPTZ,
    triage            TEXT,
    UNIQUE (organisation_id, idempotency_key)
);
CREATE SEQUENCE complaint_id_seq;
CREATE INDEX complaint_by_organisation ON complaint (organisation_id, id DESC);

CREATE TABLE site_dossier (
    site                 TEXT PRIMARY KEY,
    tier                 TEXT NOT NULL,
    site_contact_name    TEXT,
    site_contact_email   TEXT,
    abuse_contact_name   TEXT,
    abuse_contact_email  TEXT
);

-- Related and mirror sites a reviewer linked to a dossier.
CREATE TABLE site_link (
    site        TEXT        NOT NULL REFERENCES site_dossier (site),
    related     TEXT        NOT NULL,
    note        TEXT        NOT NULL,
    linked_by   TEXT        NOT NULL,
    linked_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (site, related)
);

-- One row per case, replaced only over its previous version (optimistic locking).
-- resources: "<kind> <value without scheme>" per locator, so http/https twins meet in one lookup.
CREATE TABLE review_case (
    id                  BIGINT      PRIMARY KEY,
    version             BIGINT      NOT NULL,
    status              TEXT        NOT NULL,
    category            TEXT        NOT NULL,
    urgency             TEXT        NOT NULL,
    decide_within       TEXT        NOT NULL,
    comply_within       TEXT        NOT NULL,
    notice_first        BOOLEAN     NOT NULL,
    publication         TEXT        NOT NULL,
    site                TEXT        NOT NULL,
    locators            TEXT[]      NOT NULL,
    resources           TEXT[]      NOT NULL,
    complaints          BIGINT[]    NOT NULL,
    opened_at           TIMESTAMPTZ NOT NULL,
    decision_due        TIMESTAMPTZ NOT NULL,
    reviewer            TEXT,
    decision            TEXT UNIQUE,
    decided_at          TIMESTAMPTZ,
    compliance_due      TIMESTAMPTZ,
    restricted_scope    TEXT,
    restricted_basis    TEXT,
    restricted_from     TIMESTAMPTZ,
    restricted_until    TIMESTAMPTZ,
    restricted_public   BOOLEAN
);
CREATE SEQUENCE review_case_id_seq;
CREATE INDEX review_case_resources ON review_case USING GIN (resources);
CREATE INDEX review_case_site ON review_case (site, category);
CREATE INDEX review_case_queue ON review_case (status, decision_due);

-- Everything that happened to a case, in order: the timeline, and the outbox of case events.
CREATE TABLE case_event (
    sequence     BIGSERIAL   PRIMARY KEY,
    case_id      BIGINT      NOT NULL REFERENCES review_case (id),
    type         TEXT        NOT NULL,
    actor        TEXT        NOT NULL,
    occurred_at  TIMESTAMPTZ NOT NULL,
    detail       TEXT        NOT NULL
);
CREATE INDEX case_event_by_case ON case_event (case_id, sequence);
CREATE TRIGGER case_event_append_only BEFORE UPDATE OR DELETE ON case_event
    FOR EACH ROW EXECUTE FUNCTION case_workflow_is_append_only();

-- The latest draft per case (a redraft replaces it; every draft is in case_event).
CREATE TABLE decision_draft (
    case_id              BIGINT      PRIMARY KEY REFERENCES review_case (id),
    drafter              TEXT        NOT NULL,
    basis                TEXT        NOT NULL,
    catalogue_number     INT         NOT NULL,
    catalogue_sha256     CHAR(64)    NOT NULL,
    measure              TEXT        NOT NULL,
    scope                TEXT        NOT NULL,
    facts                TEXT        NOT NULL,
    reasoning            TEXT        NOT NULL,
    scope_justification  TEXT        NOT NULL,
    term                 TEXT        NOT NULL,
    automated_detection  BOOLEAN     NOT NULL,
    proportionality      TEXT        NOT NULL,
    drafted_at           TIMESTAMPTZ NOT NULL
);

-- Gapless decision serials: the row lock taken by UPDATE ... RETURNING serialises approvals per year.
CREATE TABLE decision_serial (
    year  INT PRIMARY KEY,
    last  INT NOT NULL
);

CREATE TABLE decision (
    number               TEXT        PRIMARY KEY,
    case_id              BIGINT      NOT NULL UNIQUE REFERENCES review_case (id),
    drafter              TEXT        NOT NULL,
    basis                TEXT        NOT NULL,
    catalogue_number     INT         NOT NULL,
    catalogue_sha256     CHAR(64)    NOT NULL,
    measure              TEXT        NOT NULL,
    scope                TEXT        NOT NULL,
    facts                TEXT        NOT NULL,
    reasoning            TEXT        NOT NULL,
    scope_justification  TEXT        NOT NULL,
    term                 TEXT        NOT NULL,
    automated_detection  BOOLEAN     NOT NULL,
    proportionality      TEXT        NOT NULL,
    drafted_at           TIMESTAMPTZ NOT NULL,
    approved_by          TEXT        NOT NULL,
    approved_at          TIMESTAMPTZ NOT NULL,
    category             TEXT        NOT NULL,
    territorial_scope    TEXT        NOT NULL,
    notified_by          TEXT[]      NOT NULL,
    automated_decision   BOOLEAN     NOT NULL,
    citation             TEXT        NOT NULL,
    redress              TEXT        NOT NULL
);
CREATE TRIGGER decision_write_once BEFORE UPDATE OR DELETE ON decision
    FOR EACH ROW EXECUTE FUNCTION case_workflow_is_append_only();

CREATE TABLE decision_renewal (
    number        TEXT        NOT NULL REFERENCES decision (number),
    position      INT         NOT NULL,
    renewed_by    TEXT        NOT NULL,
    renewed_at    TIMESTAMPTZ NOT NULL,
    previous_end  TIMESTAMPTZ NOT NULL,
    new_end       TIMESTAMPTZ NOT NULL,
    reasons       TEXT        NOT NULL,
    PRIMARY KEY (number, position)
);

-- Notices as sent: the appeal code only as its SHA-256.
CREATE TABLE notice (
    id                  BIGSERIAL   PRIMARY KEY,
    case_id             BIGINT      NOT NULL REFERENCES review_case (id),
    decision            TEXT        NOT NULL,
    recipient_name      TEXT        NOT NULL,
    recipient_email     TEXT        NOT NULL,
    recipient_source    TEXT        NOT NULL,
    timing              TEXT        NOT NULL,
    compliance_due      TIMESTAMPTZ,
    appeal_code_sha256  CHAR(64)    NOT NULL,
    sent_at             TIMESTAMPTZ NOT NULL
);
CREATE INDEX notice_by_case ON notice (case_id, id DESC);

-- Messages to deliver. appeal_code is the only place the code is in clear; the mailer erases it
-- once the message is delivered.
CREATE TABLE outbox_message (
    id               BIGSERIAL   PRIMARY KEY,
    case_id          BIGINT      NOT NULL REFERENCES review_case (id),
    decision         TEXT        NOT NULL,
    recipient_name   TEXT        NOT NULL,
    recipient_email  TEXT        NOT NULL,
    timing           TEXT        NOT NULL,
    compliance_due   TIMESTAMPTZ,
    subject          TEXT        NOT NULL,
    body             TEXT        NOT NULL,
    appeal_code      TEXT,
    created_at       TIMESTAMPTZ NOT NULL,
    sent_at          TIMESTAMPTZ,
    attempts         INT         NOT NULL DEFAULT 0,
    last_error       TEXT
);
CREATE INDEX outbox_message_unsent ON outbox_message (id) WHERE sent_at IS NULL;

CREATE TABLE appeal (
    id           BIGINT      PRIMARY KEY,
    case_id      BIGINT      NOT NULL REFERENCES review_case (id),
    decision     TEXT        NOT NULL,
    appellant    TEXT        NOT NULL,
    filed_by     TEXT        NOT NULL,
    grounds      TEXT        NOT NULL,
    filed_at     TIMESTAMPTZ NOT NULL,
    outcome      TEXT,
    decided_by   TEXT,
    reasons      TEXT,
    decided_at   TIMESTAMPTZ
);
CREATE SEQUENCE appeal_id_seq;
CREATE INDEX appeal_undecided ON appeal (filed_at) WHERE outcome IS NULL;
