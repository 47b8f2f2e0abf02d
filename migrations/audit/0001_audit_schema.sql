-- Append-only log of access to protected health information (HIPAA 164.312(b) audit
-- controls), applied first in every service database.
--
-- The migrate command grants each service role INSERT on audit.phi_access and nothing
-- else: no SELECT, UPDATE, DELETE or TRUNCATE. The triggers below also refuse UPDATE,
-- DELETE and TRUNCATE for every role, the table owner and superusers included, so that
-- history cannot be rewritten by accident; occurred_at is always the server's time of
-- the insert, so a caller cannot backdate an entry.

CREATE SCHEMA audit;
REVOKE ALL ON SCHEMA audit FROM PUBLIC;

CREATE TABLE audit.phi_access (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at  timestamptz NOT NULL DEFAULT now(),
    actor        text NOT NULL CHECK (actor <> ''),
    action       text NOT NULL CHECK (action IN ('read', 'create', 'update', 'delete', 'export')),
    subject_type text,
    subject_id   text,
    purpose      text,
    request_id   text,
    source_ip    inet,
    details      jsonb
);
COMMENT ON TABLE audit.phi_access IS 'Append-only: who accessed which PHI, when, why. Never updated or deleted.';

-- Investigations ask "who touched this record" and "what did this actor touch".
CREATE INDEX phi_access_subject_idx ON audit.phi_access (subject_type, subject_id, occurred_at);
CREATE INDEX phi_access_actor_idx ON audit.phi_access (actor, occurred_at);

CREATE FUNCTION audit.refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit.% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
        USING HINT = 'Audit records are kept unchanged for the audit retention period.';
END
$$;

CREATE FUNCTION audit.stamp_occurred_at() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.occurred_at := now();
    RETURN NEW;
END
$$;

REVOKE ALL ON FUNCTION audit.refuse_change() FROM PUBLIC;
REVOKE ALL ON FUNCTION audit.stamp_occurred_at() FROM PUBLIC;

CREATE TRIGGER phi_access_stamp
    BEFORE INSERT ON audit.phi_access
    FOR EACH ROW EXECUTE FUNCTION audit.stamp_occurred_at();

CREATE TRIGGER phi_access_no_update_delete
    BEFORE UPDATE OR DELETE ON audit.phi_access
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_change();

CREATE TRIGGER phi_access_no_truncate
    BEFORE TRUNCATE ON audit.phi_access
    FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_change();
