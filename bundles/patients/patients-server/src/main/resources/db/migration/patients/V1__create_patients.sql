-- Patients area schema. Names are stored twice: as typed, for display, and normalised by the
-- server in Java (NameNormalizer: accents stripped, lower case, hyphens and apostrophes as spaces,
-- spaces collapsed), so that search needs no unaccent extension and behaves the same everywhere.
-- The normalised columns use the "C" collation: byte order makes a plain btree index serve both
-- prefix ranges (col >= 'dup' AND col < 'duq') and ORDER BY, whatever the database's locale.

-- Trigram similarity for typo-tolerant search on the last name (a trusted extension since
-- PostgreSQL 13, so the database owner may create it).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Medical record numbers: this sequence gives the 8-digit body, the server appends a Luhn digit.
CREATE SEQUENCE patients_mrn_seq START WITH 1 MINVALUE 1 MAXVALUE 99999999 NO CYCLE;

CREATE TABLE patients_patient (
    id          uuid         PRIMARY KEY,
    mrn         varchar(9)   NOT NULL,
    last_name   varchar(100) NOT NULL,
    first_name  varchar(100) NOT NULL,
    last_norm   varchar(200) COLLATE "C" NOT NULL,
    first_norm  varchar(200) COLLATE "C" NOT NULL,
    birth_date  date         NOT NULL,
    sex         varchar(7)   NOT NULL,
    phone       varchar(30),
    email       varchar(254),
    address     varchar(500),
    nir         varchar(15),
    demo        boolean      NOT NULL DEFAULT false,
    created_at  timestamptz  NOT NULL,
    created_by  uuid,
    updated_at  timestamptz  NOT NULL,
    updated_by  uuid,
    version     bigint       NOT NULL,
    CONSTRAINT patients_patient_mrn_uk UNIQUE (mrn),
    CONSTRAINT patients_patient_sex_ck CHECK (sex IN ('FEMALE', 'MALE', 'OTHER', 'UNKNOWN')),
    CONSTRAINT patients_patient_birth_ck CHECK (birth_date >= DATE '1900-01-01')
);

-- Search: last-name branches walk the first index in order, first-name branches the second
-- (id last, for a stable page order); the duplicate check uses the first one too.
CREATE INDEX patients_patient_last_first_idx ON patients_patient (last_norm, first_norm, id);
CREATE INDEX patients_patient_first_last_idx ON patients_patient (first_norm, last_norm, id);
CREATE INDEX patients_patient_birth_idx ON patients_patient (birth_date);

-- Typo tolerance works on the distinct last names, not on the patients: a trigram search over
-- a million patients must recheck and sort every patient of a common close name ("Bernadr"
-- finds thousands of Bernard), 30-100 ms; over the tens of thousands of distinct names it takes
-- about a millisecond, and the patients of the few closest names are then read in btree order.
-- A trigger keeps the dictionary complete whatever writes the patients (the server, a bulk
-- load); a name no longer used stays, harmlessly: it leads to no patient.
CREATE TABLE patients_last_name (
    last_norm varchar(200) COLLATE "C" PRIMARY KEY
);
-- fastupdate off: new names go straight into the index rather than into a pending list that
-- every search would scan until the next vacuum (seen: 20 ms instead of 1 ms). New names are rare.
CREATE INDEX patients_last_name_trgm_idx ON patients_last_name USING gin (last_norm gin_trgm_ops) WITH (fastupdate = off);

CREATE FUNCTION patients_remember_last_name() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO patients_last_name (last_norm) VALUES (NEW.last_norm) ON CONFLICT DO NOTHING;
    RETURN NEW;
END
$$;

CREATE TRIGGER patients_patient_last_name_trg
    AFTER INSERT OR UPDATE OF last_norm ON patients_patient
    FOR EACH ROW EXECUTE FUNCTION patients_remember_last_name();

CREATE TABLE patients_allergy (
    id            uuid         PRIMARY KEY,
    patient_id    uuid         NOT NULL REFERENCES patients_patient (id),
    substance     varchar(200) NOT NULL,
    reaction      varchar(500),
    severity      varchar(8)   NOT NULL,
    noted_at      timestamptz  NOT NULL,
    noted_by_id   uuid,
    noted_by_name varchar(200) NOT NULL,
    CONSTRAINT patients_allergy_severity_ck CHECK (severity IN ('MILD', 'MODERATE', 'SEVERE', 'UNKNOWN'))
);

CREATE INDEX patients_allergy_patient_idx ON patients_allergy (patient_id, noted_at);
