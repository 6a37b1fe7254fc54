-- Requests to host states (issue 9): one request per country batching many sites, the documents
-- issued for it (letters, annexes, the host state's replies) and its history.

CREATE TABLE cross_border_request (
    id                 BIGINT      PRIMARY KEY,
    version            BIGINT      NOT NULL,
    country            TEXT        NOT NULL,
    host_name          TEXT        NOT NULL,
    status             TEXT        NOT NULL,
    authority          TEXT        NOT NULL,
    contacts           TEXT        NOT NULL,
    channel            TEXT        NOT NULL,
    measures           TEXT[]      NOT NULL,
    language           TEXT        NOT NULL,
    catalogue_number   INT         NOT NULL,
    catalogue_sha256   CHAR(64)    NOT NULL,
    created_by         TEXT        NOT NULL,
    created_at         TIMESTAMPTZ NOT NULL,
    approved_by        TEXT,
    approved_at        TIMESTAMPTZ,
    override_by        TEXT,
    override_reason    TEXT,
    override_at        TIMESTAMPTZ,
    sent_at            TIMESTAMPTZ,
    answer_due         TIMESTAMPTZ,
    acknowledged_at    TIMESTAMPTZ,
    closed_at          TIMESTAMPTZ,
    refusal_reason     TEXT,
    reminders          INT         NOT NULL,
    last_reminder_at   TIMESTAMPTZ
);
CREATE SEQUENCE cross_border_request_id_seq;
CREATE INDEX cross_border_request_by_country ON cross_border_request (country, id);

-- evidence: "<sha256> <captured RFC 3339> <file name>" per file.
CREATE TABLE cross_border_site (
    request_id          BIGINT      NOT NULL REFERENCES cross_border_request (id),
    position            INT         NOT NULL,
    case_id             BIGINT      NOT NULL REFERENCES review_case (id),
    decision            TEXT        NOT NULL,
    site                TEXT        NOT NULL,
    category            TEXT        NOT NULL,
    urgency             TEXT        NOT NULL,
    basis               TEXT        NOT NULL,
    basis_citation      TEXT        NOT NULL,
    locators            TEXT[]      NOT NULL,
    evidence            TEXT[]      NOT NULL,
    verdict             TEXT        NOT NULL,
    foreign_provisions  TEXT[]      NOT NULL,
    explanation         TEXT        NOT NULL,
    outcome             TEXT        NOT NULL,
    outcome_at          TIMESTAMPTZ,
    PRIMARY KEY (request_id, position)
);
CREATE INDEX cross_border_site_by_case ON cross_border_site (case_id);

-- Documents are write-once: what was sent or received, its SHA-256 and (for what Tizim issued) the
-- Ed25519 signature over the bytes, with the key that checks it at /feeds/v1/key.pem.
CREATE TABLE cross_border_document (
    id              BIGSERIAL   PRIMARY KEY,
    request_id      BIGINT      NOT NULL REFERENCES cross_border_request (id),
    kind            TEXT        NOT NULL,
    language        TEXT,
    file_name       TEXT        NOT NULL,
    content_type    TEXT        NOT NULL,
    content         BYTEA       NOT NULL,
    sha256          CHAR(64)    NOT NULL,
    signature       TEXT,
    note            TEXT        NOT NULL,
    created_by      TEXT        NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX cross_border_document_by_request ON cross_border_document (request_id, id);
CREATE TRIGGER cross_border_document_write_once BEFORE UPDATE OR DELETE ON cross_border_document
    FOR EACH ROW EXECUTE FUNCTION case_workflow_is_append_only();
