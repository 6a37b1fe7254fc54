-- The register of restrictions: an append-only history of versions, and the current list derived from it.

CREATE TABLE register_version (
    serial        BIGINT      PRIMARY KEY CHECK (serial > 0),
    recorded_at   TIMESTAMPTZ NOT NULL,
    change        TEXT        NOT NULL CHECK (change IN ('ORDERED', 'RENEWED', 'LIFTED', 'EXPIRED')),
    locator_kind  TEXT        NOT NULL CHECK (locator_kind IN ('url', 'url-prefix', 'domain', 'domain-tree', 'ip', 'cidr')),
    locator       TEXT        NOT NULL,
    locator_sha256 CHAR(64)   NOT NULL,
    decision      TEXT        NOT NULL CHECK (decision ~ '^TZ-[0-9]{4}-[0-9]{6}$'),
    category      TEXT        NOT NULL,
    legal_basis   TEXT        NOT NULL,
    urgency       TEXT        NOT NULL CHECK (urgency IN ('IMMEDIATE', 'ORDINARY')),
    starts_at     TIMESTAMPTZ NOT NULL,
    ends_at       TIMESTAMPTZ,
    published     BOOLEAN     NOT NULL,
    reason        TEXT        NOT NULL DEFAULT ''
);
CREATE INDEX register_version_entry ON register_version (decision, locator_kind, locator, serial);
CREATE INDEX register_version_time ON register_version (recorded_at, serial);

-- The serial of the latest version, one row. Appenders lock it (UPDATE ... RETURNING) so serials
-- are gapless and commit in order: a reader that sees serial N has every version up to N.
CREATE TABLE register_head (
    singleton  BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (singleton),
    serial     BIGINT  NOT NULL
);
INSERT INTO register_head (serial) VALUES (0);

-- The current list, maintained with each version in the same transaction: derived, never evidence.
CREATE TABLE register_current (
    serial        BIGINT      PRIMARY KEY REFERENCES register_version (serial),
    change        TEXT        NOT NULL,
    recorded_at   TIMESTAMPTZ NOT NULL,
    locator_kind  TEXT        NOT NULL,
    locator       TEXT        NOT NULL,
    locator_sha256 CHAR(64)   NOT NULL,
    decision      TEXT        NOT NULL,
    category      TEXT        NOT NULL,
    legal_basis   TEXT        NOT NULL,
    urgency       TEXT        NOT NULL,
    starts_at     TIMESTAMPTZ NOT NULL,
    ends_at       TIMESTAMPTZ,
    published     BOOLEAN     NOT NULL,
    UNIQUE (decision, locator_kind, locator)
);
CREATE INDEX register_current_ends ON register_current (ends_at) WHERE ends_at IS NOT NULL;

CREATE FUNCTION register_version_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'register versions are append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER register_version_no_update BEFORE UPDATE OR DELETE ON register_version
    FOR EACH ROW EXECUTE FUNCTION register_version_is_append_only();
CREATE TRIGGER register_version_no_truncate BEFORE TRUNCATE ON register_version
    FOR EACH STATEMENT EXECUTE FUNCTION register_version_is_append_only();

-- What each ISP says it has applied. Append-only too: acknowledgements are evidence of application.
CREATE TABLE feed_ack (
    id               BIGSERIAL   PRIMARY KEY,
    organisation_id  BIGINT      NOT NULL REFERENCES organisation (id),
    serial           BIGINT      NOT NULL CHECK (serial >= 0),
    acknowledged_at  TIMESTAMPTZ NOT NULL,
    acknowledged_by  TEXT        NOT NULL
);
CREATE INDEX feed_ack_organisation ON feed_ack (organisation_id, id);

CREATE TRIGGER feed_ack_no_update BEFORE UPDATE OR DELETE ON feed_ack
    FOR EACH ROW EXECUTE FUNCTION register_version_is_append_only();
