-- Hosting facts: what each name resolved to and when (facts change, so every resolution is kept),
-- and reviewers' corrections of the hosting jurisdiction. Both are append-only.

CREATE TABLE hosting_resolution (
    id                  BIGSERIAL   PRIMARY KEY,
    host                TEXT        NOT NULL,
    registrable_domain  TEXT,
    resolved_at         TIMESTAMPTZ NOT NULL,
    resolver            TEXT        NOT NULL,
    status              TEXT        NOT NULL CHECK (status IN ('RESOLVED', 'NO_SUCH_HOST', 'FAILED')),
    error               TEXT,
    demo                BOOLEAN     NOT NULL DEFAULT FALSE
);
CREATE INDEX hosting_resolution_latest ON hosting_resolution (host, resolved_at DESC, id DESC);

CREATE TABLE hosting_record (
    resolution_id  BIGINT NOT NULL REFERENCES hosting_resolution (id),
    position       INT    NOT NULL,
    type           TEXT   NOT NULL CHECK (type IN ('A', 'AAAA', 'CNAME', 'NS')),
    value          TEXT   NOT NULL,
    ttl            BIGINT NOT NULL CHECK (ttl >= 0),
    -- The address of A and AAAA records, for "which names are on this address or network".
    address        INET   CHECK ((address IS NOT NULL) = (type IN ('A', 'AAAA'))),
    PRIMARY KEY (resolution_id, position)
);
CREATE INDEX hosting_record_address ON hosting_record USING gist (address inet_ops) WHERE address IS NOT NULL;

CREATE TABLE hosting_jurisdiction_correction (
    id            BIGSERIAL   PRIMARY KEY,
    host          TEXT        NOT NULL,
    country       CHAR(2)     NOT NULL,
    organisation  TEXT        NOT NULL,
    reason        TEXT        NOT NULL CHECK (length(btrim(reason)) > 0),
    corrected_by  TEXT        NOT NULL,
    corrected_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX hosting_jurisdiction_correction_host ON hosting_jurisdiction_correction (host, id DESC);

CREATE FUNCTION hosting_facts_are_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'hosting facts are append-only: % on % is not allowed', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER hosting_resolution_no_update BEFORE UPDATE OR DELETE ON hosting_resolution
    FOR EACH ROW EXECUTE FUNCTION hosting_facts_are_append_only();
CREATE TRIGGER hosting_resolution_no_truncate BEFORE TRUNCATE ON hosting_resolution
    FOR EACH STATEMENT EXECUTE FUNCTION hosting_facts_are_append_only();
CREATE TRIGGER hosting_record_no_update BEFORE UPDATE OR DELETE ON hosting_record
    FOR EACH ROW EXECUTE FUNCTION hosting_facts_are_append_only();
CREATE TRIGGER hosting_record_no_truncate BEFORE TRUNCATE ON hosting_record
    FOR EACH STATEMENT EXECUTE FUNCTION hosting_facts_are_append_only();
CREATE TRIGGER hosting_jurisdiction_correction_no_update BEFORE UPDATE OR DELETE ON hosting_jurisdiction_correction
    FOR EACH ROW EXECUTE FUNCTION hosting_facts_are_append_only();
CREATE TRIGGER hosting_jurisdiction_correction_no_truncate BEFORE TRUNCATE ON hosting_jurisdiction_correction
    FOR EACH STATEMENT EXECUTE FUNCTION hosting_facts_are_append_only();
