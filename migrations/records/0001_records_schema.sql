-- The records service's medical records: encounters, clinical entries (diagnoses,
-- allergies, medications, ...), clinical notes and documents, per patient. All of it is
-- PHI: every read and change is recorded by the service in audit.phi_access.
--
-- Patients and providers live in other databases (the patient and provider services'):
-- patient_id, provider_id, recorded_by and author_id hold their ids as plain uuids, with
-- no foreign key across databases.
--
-- Document content is never stored here: a document row is the metadata of one object
-- in the records bucket (S3, SSE-KMS, versioned), under the key prefix "records/", with
-- the object's SHA-256, content type and size and the KMS key that encrypted it. A note's
-- text is such a document.
--
-- Records are not deleted by the service. A correction is a new row, and the row it
-- corrects gets superseded_by (the new row) and amended_at, so that every version stays
-- readable; a row recorded in error gets status 'entered_in_error'. Every clinical table
-- carries legal_hold and retention_until, and a trigger refuses to delete a row under
-- legal hold or before its retention date (NULL: not yet set, so kept), whoever deletes
-- it; another refuses TRUNCATE.

CREATE SCHEMA records;
REVOKE ALL ON SCHEMA records FROM PUBLIC;

CREATE FUNCTION records.touch_updated_at() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION records.touch_updated_at() FROM PUBLIC;

CREATE FUNCTION records.refuse_delete_retained() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        RAISE EXCEPTION 'records.%: TRUNCATE is not allowed', TG_TABLE_NAME
            USING HINT = 'Medical records are kept for their retention period; delete expired rows one by one.';
    END IF;
    IF OLD.legal_hold OR OLD.retention_until IS NULL OR OLD.retention_until >= current_date THEN
        RAISE EXCEPTION 'records.% row % is retained (legal hold %, retention until %): DELETE is not allowed',
            TG_TABLE_NAME, OLD.id, OLD.legal_hold, coalesce(OLD.retention_until::text, 'not set')
            USING HINT = 'Correct a record by superseding it (superseded_by, amended_at) or mark it entered_in_error.';
    END IF;
    RETURN OLD;
END
$$;
REVOKE ALL ON FUNCTION records.refuse_delete_retained() FROM PUBLIC;

CREATE TABLE records.encounters (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    patient_id      uuid NOT NULL,
    -- The attending provider (provider.providers.id in the provider service's database).
    provider_id     uuid,
    class           text NOT NULL CHECK (class IN ('ambulatory', 'emergency', 'inpatient', 'virtual', 'home_health')),
    status          text NOT NULL DEFAULT 'planned'
                    CHECK (status IN ('planned', 'in_progress', 'finished', 'cancelled', 'entered_in_error')),
    started_at      timestamptz,
    ended_at        timestamptz,
    legal_hold      boolean NOT NULL DEFAULT false,
    retention_until date,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CHECK (ended_at IS NULL OR (started_at IS NOT NULL AND ended_at >= started_at)),
    CHECK (status NOT IN ('in_progress', 'finished') OR started_at IS NOT NULL),
    CHECK (status <> 'finished' OR ended_at IS NOT NULL)
);
CREATE INDEX encounters_patient_id_idx ON records.encounters (patient_id, started_at);

CREATE TRIGGER encounters_touch_updated_at
    BEFORE UPDATE ON records.encounters
    FOR EACH ROW EXECUTE FUNCTION records.touch_updated_at();
CREATE TRIGGER encounters_no_delete_retained
    BEFORE DELETE ON records.encounters
    FOR EACH ROW EXECUTE FUNCTION records.refuse_delete_retained();
CREATE TRIGGER encounters_no_truncate
    BEFORE TRUNCATE ON records.encounters
    FOR EACH STATEMENT EXECUTE FUNCTION records.refuse_delete_retained();

-- One clinical fact of a patient's record, coded where a code system applies.
CREATE TABLE records.entries (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    patient_id      uuid NOT NULL,
    encounter_id    uuid REFERENCES records.encounters (id),
    kind            text NOT NULL
                    CHECK (kind IN ('diagnosis', 'allergy', 'medication', 'procedure', 'immunization', 'observation')),
    status          text NOT NULL DEFAULT 'active'
                    CHECK (status IN ('active', 'inactive', 'resolved', 'entered_in_error')),
    code_system     text CHECK (code_system IN ('icd10cm', 'snomedct', 'loinc', 'rxnorm', 'cvx', 'cpt')),
    code            text CHECK (code = btrim(code) AND code <> ''),
    summary         text NOT NULL CHECK (summary <> ''),
    -- The provider who recorded it (provider.providers.id in the provider service's database).
    recorded_by     uuid,
    recorded_at     timestamptz NOT NULL DEFAULT now(),
    -- When the fact held (onset, administration, observation), when known.
    effective_at    timestamptz,
    -- The correction of this entry, and when it was made; NULL while this is the current version.
    superseded_by   uuid UNIQUE REFERENCES records.entries (id),
    amended_at      timestamptz,
    legal_hold      boolean NOT NULL DEFAULT false,
    retention_until date,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CHECK ((code_system IS NULL) = (code IS NULL)),
    CHECK ((superseded_by IS NULL) = (amended_at IS NULL)),
    CHECK (superseded_by <> id)
);
CREATE INDEX entries_patient_id_idx ON records.entries (patient_id, recorded_at);
CREATE INDEX entries_encounter_id_idx ON records.entries (encounter_id);
-- A patient's current entries.
CREATE INDEX entries_current_idx ON records.entries (patient_id, kind) WHERE superseded_by IS NULL;

CREATE TRIGGER entries_touch_updated_at
    BEFORE UPDATE ON records.entries
    FOR EACH ROW EXECUTE FUNCTION records.touch_updated_at();
CREATE TRIGGER entries_no_delete_retained
    BEFORE DELETE ON records.entries
    FOR EACH ROW EXECUTE FUNCTION records.refuse_delete_retained();
CREATE TRIGGER entries_no_truncate
    BEFORE TRUNCATE ON records.entries
    FOR EACH STATEMENT EXECUTE FUNCTION records.refuse_delete_retained();

-- The metadata of one S3 object of the records bucket; the content is only in S3.
CREATE TABLE records.documents (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    patient_id        uuid NOT NULL,
    encounter_id      uuid REFERENCES records.encounters (id),
    category          text NOT NULL CHECK (category IN ('clinical_note', 'lab_report', 'imaging_report', 'image',
                          'referral', 'consent', 'discharge_summary', 'external_record', 'other')),
    title             text CHECK (title = btrim(title) AND title <> '' AND length(title) <= 500),
    -- The object key: under records/, S3's safe characters only, no "." or ".." segment,
    -- at most 1024 bytes (S3's limit).
    s3_key            text NOT NULL UNIQUE CHECK (s3_key ~ '^records/[A-Za-z0-9!_.*''()/-]+$'
                          AND s3_key !~ '(^|/)\.\.?(/|$)' AND s3_key !~ '//' AND octet_length(s3_key) <= 1024),
    -- The object version (the bucket is versioned); NULL until the upload is confirmed.
    s3_version_id     text CHECK (s3_version_id <> '' AND length(s3_version_id) <= 1024),
    -- Hex SHA-256 of the object's content, checked by the service on upload and download.
    sha256            text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    -- type/subtype, lowercase, without parameters.
    content_type      text NOT NULL CHECK (content_type ~ '^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$'),
    -- Bytes; 5 TiB is S3's largest object.
    size_bytes        bigint NOT NULL CHECK (size_bytes >= 0 AND size_bytes <= 5497558138880),
    -- The object is encrypted with SSE-KMS (the bucket refuses anything else) under this
    -- customer-managed key: its key ARN, as S3 reports it (not an alias, which can move).
    kms_key_arn       text NOT NULL CHECK (kms_key_arn ~ '^arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:key/[A-Za-z0-9-]+$'),
    -- pending: the row exists, the upload is not confirmed; available: uploaded and verified.
    status            text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'available', 'entered_in_error')),
    uploaded_at       timestamptz,
    -- The corrected document, and when it was made; NULL while this is the current version.
    superseded_by     uuid UNIQUE REFERENCES records.documents (id),
    amended_at        timestamptz,
    legal_hold        boolean NOT NULL DEFAULT false,
    retention_until   date,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    CHECK (status <> 'available' OR (uploaded_at IS NOT NULL AND s3_version_id IS NOT NULL)),
    CHECK ((superseded_by IS NULL) = (amended_at IS NULL)),
    CHECK (superseded_by <> id)
);
COMMENT ON TABLE records.documents IS 'Metadata of documents stored in S3 (records/ prefix, SSE-KMS); never the content.';
CREATE INDEX documents_patient_id_idx ON records.documents (patient_id, created_at);
CREATE INDEX documents_encounter_id_idx ON records.documents (encounter_id);

CREATE TRIGGER documents_touch_updated_at
    BEFORE UPDATE ON records.documents
    FOR EACH ROW EXECUTE FUNCTION records.touch_updated_at();
CREATE TRIGGER documents_no_delete_retained
    BEFORE DELETE ON records.documents
    FOR EACH ROW EXECUTE FUNCTION records.refuse_delete_retained();
CREATE TRIGGER documents_no_truncate
    BEFORE TRUNCATE ON records.documents
    FOR EACH STATEMENT EXECUTE FUNCTION records.refuse_delete_retained();

-- The metadata of a clinical note; its text is a document (document_id), never stored here.
CREATE TABLE records.notes (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    patient_id      uuid NOT NULL,
    encounter_id    uuid REFERENCES records.encounters (id),
    -- The provider who wrote it (provider.providers.id in the provider service's database).
    author_id       uuid NOT NULL,
    note_type       text NOT NULL CHECK (note_type IN ('progress', 'history_and_physical', 'consultation',
                        'procedure', 'discharge_summary', 'nursing')),
    status          text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'signed', 'entered_in_error')),
    signed_at       timestamptz,
    document_id     uuid REFERENCES records.documents (id),
    -- The amended note (an addendum or correction), and when it was made.
    superseded_by   uuid UNIQUE REFERENCES records.notes (id),
    amended_at      timestamptz,
    legal_hold      boolean NOT NULL DEFAULT false,
    retention_until date,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CHECK (status <> 'signed' OR (signed_at IS NOT NULL AND document_id IS NOT NULL)),
    CHECK ((superseded_by IS NULL) = (amended_at IS NULL)),
    CHECK (superseded_by <> id)
);
CREATE INDEX notes_patient_id_idx ON records.notes (patient_id, created_at);
CREATE INDEX notes_encounter_id_idx ON records.notes (encounter_id);
CREATE INDEX notes_document_id_idx ON records.notes (document_id);

CREATE TRIGGER notes_touch_updated_at
    BEFORE UPDATE ON records.notes
    FOR EACH ROW EXECUTE FUNCTION records.touch_updated_at();
CREATE TRIGGER notes_no_delete_retained
    BEFORE DELETE ON records.notes
    FOR EACH ROW EXECUTE FUNCTION records.refuse_delete_retained();
CREATE TRIGGER notes_no_truncate
    BEFORE TRUNCATE ON records.notes
    FOR EACH STATEMENT EXECUTE FUNCTION records.refuse_delete_retained();
