-- The patient service's demographics and contact details (PHI: every read and change is
-- recorded by the service in audit.phi_access).

CREATE SCHEMA patient;
REVOKE ALL ON SCHEMA patient FROM PUBLIC;

CREATE FUNCTION patient.touch_updated_at() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION patient.touch_updated_at() FROM PUBLIC;

CREATE TABLE patient.patients (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    mrn           text NOT NULL UNIQUE CHECK (mrn = btrim(mrn) AND mrn <> ''),
    -- Nullable: a newborn may be registered before being named.
    given_name    text,
    family_name   text NOT NULL,
    date_of_birth date NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TRIGGER patients_touch_updated_at
    BEFORE UPDATE ON patient.patients
    FOR EACH ROW EXECUTE FUNCTION patient.touch_updated_at();

CREATE TABLE patient.contacts (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    patient_id uuid NOT NULL REFERENCES patient.patients (id) ON DELETE CASCADE,
    kind       text NOT NULL CHECK (kind IN ('phone', 'email', 'address', 'emergency')),
    value      text NOT NULL CHECK (value <> ''),
    is_primary boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX contacts_patient_id_idx ON patient.contacts (patient_id);
-- At most one primary contact of each kind per patient.
CREATE UNIQUE INDEX contacts_one_primary_key ON patient.contacts (patient_id, kind) WHERE is_primary;

CREATE TRIGGER contacts_touch_updated_at
    BEFORE UPDATE ON patient.contacts
    FOR EACH ROW EXECUTE FUNCTION patient.touch_updated_at();
