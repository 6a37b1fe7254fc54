-- Personal tokens: a token bound to a person acts as that person (their user name and roles), so
-- four eyes holds per person through the API. Organisation tokens keep user_id NULL and act with
-- the organisation kind's machine role, as before.
ALTER TABLE api_token ADD COLUMN user_id BIGINT REFERENCES app_user (id);
CREATE INDEX api_token_user ON api_token (user_id) WHERE user_id IS NOT NULL;

-- A personal token always belongs to its person's organisation: tenant isolation follows the person.
CREATE FUNCTION api_token_user_in_organisation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.user_id IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM app_user u WHERE u.id = NEW.user_id AND u.organisation_id = NEW.organisation_id) THEN
        RAISE EXCEPTION 'a personal token belongs to its person''s organisation'
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER api_token_user_in_organisation BEFORE INSERT OR UPDATE ON api_token
    FOR EACH ROW EXECUTE FUNCTION api_token_user_in_organisation();
