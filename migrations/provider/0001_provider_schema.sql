-- The provider service's directory of healthcare providers (practitioners): who they
-- are, their credentials (NPI, state licenses, DEA registrations) with expiry dates,
-- their specialties, and which patients each one has a care relationship with.
--
-- Patients live in another database (the patient service's): care_relationships holds
-- their ids as plain uuids, with no foreign key across databases; the service checks
-- them through the patient service. Every read and change of a care relationship is
-- PHI access, recorded by the service in audit.phi_access.

CREATE SCHEMA provider;
REVOKE ALL ON SCHEMA provider FROM PUBLIC;

CREATE FUNCTION provider.touch_updated_at() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION provider.touch_updated_at() FROM PUBLIC;

CREATE TABLE provider.providers (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    -- Nullable: some practitioners have a single name.
    given_name  text CHECK (given_name = btrim(given_name) AND given_name <> ''),
    family_name text NOT NULL CHECK (family_name = btrim(family_name) AND family_name <> ''),
    status      text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive', 'suspended')),
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX providers_family_name_idx ON provider.providers (lower(family_name));

CREATE TRIGGER providers_touch_updated_at
    BEFORE UPDATE ON provider.providers
    FOR EACH ROW EXECUTE FUNCTION provider.touch_updated_at();

-- A provider's identifiers and authorisations to practise:
--   npi            the National Provider Identifier: ten digits, the last a Luhn check
--                  digit over the prefix 80840 and the first nine; national, never expires
--   state_license  a state medical (or nursing, ...) license: issuing state and expiry
--   dea            a DEA registration (two letters, seven digits): state and expiry
CREATE TABLE provider.credentials (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    provider_id   uuid NOT NULL REFERENCES provider.providers (id) ON DELETE CASCADE,
    kind          text NOT NULL CHECK (kind IN ('npi', 'state_license', 'dea')),
    number        text NOT NULL CHECK (number = btrim(number) AND number <> '' AND length(number) <= 64),
    -- USPS code of a state, DC or a territory.
    issuing_state text CHECK (issuing_state ~ '^[A-Z]{2}$'),
    issued_on     date,
    expires_on    date,
    -- When the service last verified the credential with its issuer (e.g. NPPES, the state board).
    verified_at   timestamptz,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    CHECK (expires_on IS NULL OR issued_on IS NULL OR expires_on > issued_on),
    CONSTRAINT credentials_npi_check CHECK (kind <> 'npi' OR (
        issuing_state IS NULL AND expires_on IS NULL AND
        -- CASE: the digits are read only once the format is known to be right.
        CASE WHEN number ~ '^[12][0-9]{9}$' THEN (24
            + substr(number, 1, 1)::int * 2 - substr(number, 1, 1)::int / 5 * 9
            + substr(number, 2, 1)::int
            + substr(number, 3, 1)::int * 2 - substr(number, 3, 1)::int / 5 * 9
            + substr(number, 4, 1)::int
            + substr(number, 5, 1)::int * 2 - substr(number, 5, 1)::int / 5 * 9
            + substr(number, 6, 1)::int
            + substr(number, 7, 1)::int * 2 - substr(number, 7, 1)::int / 5 * 9
            + substr(number, 8, 1)::int
            + substr(number, 9, 1)::int * 2 - substr(number, 9, 1)::int / 5 * 9
            + substr(number, 10, 1)::int) % 10 = 0
        ELSE false END)),
    CONSTRAINT credentials_state_license_check CHECK (kind <> 'state_license' OR (issuing_state IS NOT NULL AND expires_on IS NOT NULL)),
    CONSTRAINT credentials_dea_check CHECK (kind <> 'dea' OR (number ~ '^[A-Z]{2}[0-9]{7}$' AND issuing_state IS NOT NULL AND expires_on IS NOT NULL))
);
CREATE INDEX credentials_provider_id_idx ON provider.credentials (provider_id);
-- A credential number belongs to one provider (per kind and issuing state).
CREATE UNIQUE INDEX credentials_number_key ON provider.credentials (kind, coalesce(issuing_state, ''), number);
-- One NPI per provider.
CREATE UNIQUE INDEX credentials_one_npi_key ON provider.credentials (provider_id) WHERE kind = 'npi';
-- Which credentials expire soon.
CREATE INDEX credentials_expires_on_idx ON provider.credentials (expires_on) WHERE expires_on IS NOT NULL;

CREATE TRIGGER credentials_touch_updated_at
    BEFORE UPDATE ON provider.credentials
    FOR EACH ROW EXECUTE FUNCTION provider.touch_updated_at();

-- Specialties, by NUCC Health Care Provider Taxonomy code (e.g. 207Q00000X, Family Medicine).
CREATE TABLE provider.specialties (
    code         text PRIMARY KEY CHECK (code ~ '^[0-9A-Z]{9}X$'),
    display_name text NOT NULL CHECK (display_name = btrim(display_name) AND display_name <> ''),
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TRIGGER specialties_touch_updated_at
    BEFORE UPDATE ON provider.specialties
    FOR EACH ROW EXECUTE FUNCTION provider.touch_updated_at();

CREATE TABLE provider.provider_specialties (
    provider_id     uuid NOT NULL REFERENCES provider.providers (id) ON DELETE CASCADE,
    specialty_code  text NOT NULL REFERENCES provider.specialties (code),
    is_primary      boolean NOT NULL DEFAULT false,
    board_certified boolean NOT NULL DEFAULT false,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (provider_id, specialty_code)
);
CREATE INDEX provider_specialties_specialty_code_idx ON provider.provider_specialties (specialty_code);
-- At most one primary specialty per provider.
CREATE UNIQUE INDEX provider_specialties_one_primary_key ON provider.provider_specialties (provider_id) WHERE is_primary;

CREATE TRIGGER provider_specialties_touch_updated_at
    BEFORE UPDATE ON provider.provider_specialties
    FOR EACH ROW EXECUTE FUNCTION provider.touch_updated_at();

-- Which provider cares for which patient, and since when. A relationship is ended
-- (ended_on), not deleted, so that who could see a patient's records stays known; a
-- provider with relationships cannot be deleted (no cascade).
CREATE TABLE provider.care_relationships (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    provider_id uuid NOT NULL REFERENCES provider.providers (id),
    -- patient.patients.id in the patient service's database: no foreign key across databases.
    patient_id  uuid NOT NULL,
    kind        text NOT NULL CHECK (kind IN ('primary_care', 'attending', 'consulting', 'referring', 'care_team')),
    started_on  date NOT NULL DEFAULT current_date,
    ended_on    date,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    CHECK (ended_on IS NULL OR ended_on >= started_on)
);
-- "Who cares for this patient" and "whom does this provider care for".
CREATE INDEX care_relationships_patient_id_idx ON provider.care_relationships (patient_id);
CREATE INDEX care_relationships_provider_id_idx ON provider.care_relationships (provider_id);
-- At most one current relationship of each kind between a provider and a patient.
CREATE UNIQUE INDEX care_relationships_one_current_key ON provider.care_relationships (provider_id, patient_id, kind) WHERE ended_on IS NULL;

CREATE TRIGGER care_relationships_touch_updated_at
    BEFORE UPDATE ON provider.care_relationships
    FOR EACH ROW EXECUTE FUNCTION provider.touch_updated_at();
