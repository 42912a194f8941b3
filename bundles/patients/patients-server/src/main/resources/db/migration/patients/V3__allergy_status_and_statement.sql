-- Allergies are clinical data: never deleted. A mistaken one is marked entered in error; a
-- correction replaces its values, and the values it replaces are kept in patients_allergy_revision
-- with who had recorded them and when. Who changed an allergy last, and when, is the platform's
-- audit stamp (updated_at, updated_by; created_* are the existing noted_* columns).
ALTER TABLE patients_allergy
    ADD COLUMN status          varchar(16)  NOT NULL DEFAULT 'ACTIVE',
    ADD COLUMN error_reason    varchar(500),
    ADD COLUMN updated_at      timestamptz,
    ADD COLUMN updated_by      uuid,
    ADD COLUMN updated_by_name varchar(200),
    ADD COLUMN version         bigint       NOT NULL DEFAULT 0,
    ADD CONSTRAINT patients_allergy_status_ck CHECK (status IN ('ACTIVE', 'ENTERED_IN_ERROR')),
    ADD CONSTRAINT patients_allergy_error_reason_ck CHECK (error_reason IS NULL OR status = 'ENTERED_IN_ERROR');

UPDATE patients_allergy SET updated_at = noted_at, updated_by = noted_by_id, updated_by_name = noted_by_name;
ALTER TABLE patients_allergy
    ALTER COLUMN updated_at SET NOT NULL,
    ALTER COLUMN updated_by_name SET NOT NULL;

-- Append-only: each row is a state an allergy had before a change, as it had been recorded then.
CREATE TABLE patients_allergy_revision (
    allergy_id      uuid         NOT NULL REFERENCES patients_allergy (id),
    version         bigint       NOT NULL,
    substance       varchar(200) NOT NULL,
    reaction        varchar(500),
    severity        varchar(8)   NOT NULL,
    status          varchar(16)  NOT NULL,
    recorded_at     timestamptz  NOT NULL,
    recorded_by     uuid,
    recorded_by_name varchar(200) NOT NULL,
    replaced_at     timestamptz  NOT NULL,
    CONSTRAINT patients_allergy_revision_pk PRIMARY KEY (allergy_id, version)
);

-- "No known allergy", stated by a clinician: one row per patient, the latest statement. It holds
-- while no allergy stands; an allergy recorded later outweighs it, and if that one turns out to
-- have been entered in error the statement holds again.
CREATE TABLE patients_allergy_statement (
    patient_id      uuid         PRIMARY KEY REFERENCES patients_patient (id),
    stated_at       timestamptz  NOT NULL,
    stated_by       uuid,
    stated_by_name  varchar(200) NOT NULL
);
