-- Every version of the legal catalogue, and every proposal to change it. The content is the exact
-- catalogue file text (its SHA-256 is the version's hash), so a decision that cites version N can
-- always be re-read as it was. V11 imports the bundled, reviewed file as version 1.

CREATE TABLE legal_catalogue_version (
    id             BIGSERIAL   PRIMARY KEY,
    number         INT         NOT NULL CHECK (number > 0),
    -- the version a proposal edits; NULL for the imported file
    base_number    INT,
    sha256         CHAR(64)    NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    content        TEXT        NOT NULL,
    status         TEXT        NOT NULL CHECK (status IN ('PROPOSED', 'CURRENT', 'SUPERSEDED', 'REJECTED')),
    proposed_by    TEXT        NOT NULL,
    proposed_at    TIMESTAMPTZ NOT NULL,
    reason         TEXT        NOT NULL,
    -- who approved (CURRENT, later SUPERSEDED) or rejected (REJECTED) the proposal, and when
    decided_by     TEXT,
    decided_at     TIMESTAMPTZ,
    decision_note  TEXT        NOT NULL DEFAULT '',
    CHECK ((status = 'PROPOSED') = (decided_by IS NULL)),
    CHECK ((decided_by IS NULL) = (decided_at IS NULL))
);

-- A number names one approved catalogue, and only one catalogue is in force.
CREATE UNIQUE INDEX legal_catalogue_version_number ON legal_catalogue_version (number)
    WHERE status IN ('CURRENT', 'SUPERSEDED');
CREATE UNIQUE INDEX legal_catalogue_version_one_current ON legal_catalogue_version (status)
    WHERE status = 'CURRENT';

-- History is never rewritten: rows are not deleted, their text never changes, and the status only
-- moves forward (PROPOSED -> CURRENT -> SUPERSEDED, or PROPOSED -> REJECTED).
CREATE FUNCTION legal_catalogue_version_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'UPDATE' THEN
        RAISE EXCEPTION 'legal catalogue versions are kept forever: % is not allowed', TG_OP
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.id <> OLD.id OR NEW.number <> OLD.number OR NEW.base_number IS DISTINCT FROM OLD.base_number
            OR NEW.sha256 <> OLD.sha256 OR NEW.content <> OLD.content OR NEW.proposed_by <> OLD.proposed_by
            OR NEW.proposed_at <> OLD.proposed_at OR NEW.reason <> OLD.reason THEN
        RAISE EXCEPTION 'the text and origin of legal catalogue version % never change', OLD.id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT ((OLD.status = 'PROPOSED' AND NEW.status IN ('CURRENT', 'REJECTED'))
            OR (OLD.status = 'CURRENT' AND NEW.status = 'SUPERSEDED'
                AND NEW.decided_by = OLD.decided_by AND NEW.decided_at = OLD.decided_at
                AND NEW.decision_note = OLD.decision_note)) THEN
        RAISE EXCEPTION 'legal catalogue version % cannot go from % to %', OLD.id, OLD.status, NEW.status
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER legal_catalogue_version_no_rewrite BEFORE UPDATE OR DELETE ON legal_catalogue_version
    FOR EACH ROW EXECUTE FUNCTION legal_catalogue_version_guard();
CREATE TRIGGER legal_catalogue_version_no_truncate BEFORE TRUNCATE ON legal_catalogue_version
    FOR EACH STATEMENT EXECUTE FUNCTION legal_catalogue_version_guard();
