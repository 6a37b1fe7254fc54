-- Organisations, people, machine clients and the tamper-evident audit trail.

CREATE TABLE organisation (
    id          BIGSERIAL PRIMARY KEY,
    name        TEXT        NOT NULL UNIQUE,
    kind        TEXT        NOT NULL CHECK (kind IN ('REGULATOR', 'COMPLAINANT', 'ISP', 'ADVERTISER', 'FOREIGN_DESK')),
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE app_user (
    id               BIGSERIAL PRIMARY KEY,
    username         TEXT        NOT NULL UNIQUE,
    display_name     TEXT        NOT NULL,
    password_hash    TEXT        NOT NULL,
    organisation_id  BIGINT      NOT NULL REFERENCES organisation (id),
    enabled          BOOLEAN     NOT NULL DEFAULT TRUE,
    failed_logins    INT         NOT NULL DEFAULT 0,
    locked_until     TIMESTAMPTZ,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE app_user_role (
    user_id  BIGINT NOT NULL REFERENCES app_user (id),
    role     TEXT   NOT NULL CHECK (role IN ('ADMIN', 'REVIEWER', 'LEGAL_OFFICER', 'FOREIGN_DESK', 'COMPLAINANT',
                                             'ISP', 'ADVERTISER', 'AUDITOR')),
    PRIMARY KEY (user_id, role)
);

-- Bearer tokens for machines. Only the SHA-256 of the token is stored: a leaked table reveals no token.
CREATE TABLE api_token (
    id               BIGSERIAL PRIMARY KEY,
    organisation_id  BIGINT      NOT NULL REFERENCES organisation (id),
    label            TEXT        NOT NULL,
    token_prefix     TEXT        NOT NULL,
    token_sha256     TEXT        NOT NULL UNIQUE,
    created_by       TEXT        NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_used_at     TIMESTAMPTZ,
    revoked_at       TIMESTAMPTZ,
    revoked_by       TEXT
);

CREATE TABLE audit_event (
    sequence       BIGINT      PRIMARY KEY,
    occurred_at    TIMESTAMPTZ NOT NULL,
    actor          TEXT        NOT NULL,
    organisation   TEXT        NOT NULL,
    role           TEXT        NOT NULL,
    action         TEXT        NOT NULL,
    target         TEXT        NOT NULL,
    request_id     TEXT        NOT NULL,
    detail         TEXT        NOT NULL,
    previous_hash  CHAR(64)    NOT NULL,
    hash           CHAR(64)    NOT NULL UNIQUE
);
CREATE INDEX audit_event_organisation ON audit_event (organisation, sequence);

-- The head of the chain, one row. Appenders lock it (SELECT ... FOR UPDATE) so links never fork.
CREATE TABLE audit_head (
    singleton  BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (singleton),
    sequence   BIGINT   NOT NULL,
    hash       CHAR(64) NOT NULL
);
INSERT INTO audit_head (sequence, hash) VALUES (0, repeat('0', 64));

-- Audit events are append-only, whatever the application or a careless script tries.
CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit events are append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();
