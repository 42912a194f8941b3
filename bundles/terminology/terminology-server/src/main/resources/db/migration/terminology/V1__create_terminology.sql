-- The catalogues: shipped with Hygie (the curated drugs, ATC classes, allergens, interactions, lab
-- tests) or imported by the hospital (drugs of the French public drug database, BDPM). Each set is
-- replaced whole by its loader, in one transaction; terminology_dataset says which version is in.

CREATE TABLE terminology_dataset (
    name        varchar(20) PRIMARY KEY,       -- 'curated' or 'bdpm'
    version     text        NOT NULL,          -- the shipped version, or the imported files' fingerprint
    row_count   integer     NOT NULL,
    loaded_at   timestamptz NOT NULL
);

CREATE TABLE terminology_atc (
    code  varchar(7) PRIMARY KEY,
    label text       NOT NULL
);

CREATE TABLE terminology_drug (
    cis        char(8)     PRIMARY KEY CHECK (cis ~ '^[0-9]{8}$'),
    name       text        NOT NULL,
    form       text,
    routes     text        NOT NULL DEFAULT '',      -- ;-separated, as in the BDPM
    atc_code   varchar(7),
    narcotic   boolean     NOT NULL,
    source     varchar(8)  NOT NULL CHECK (source IN ('CURATED', 'BDPM')),
    -- normalised (lower case, no accents, words separated by one space): the name alone, for
    -- ranking, and ' name substances ' for the search by the beginning of any word
    name_key   text        NOT NULL,
    search_key text        NOT NULL
);
CREATE INDEX terminology_drug_source_ix ON terminology_drug (source);
CREATE INDEX terminology_drug_atc_ix ON terminology_drug (atc_code text_pattern_ops);

CREATE TABLE terminology_drug_substance (
    cis       char(8)  NOT NULL REFERENCES terminology_drug (cis) ON DELETE CASCADE,
    position  smallint NOT NULL,
    inn       text     NOT NULL,
    strength  text,
    PRIMARY KEY (cis, position)
);

-- A drug's packs (BDPM CIS_CIP_bdpm.txt): a CIP code, scanned from a box, finds its drug.
CREATE TABLE terminology_drug_pack (
    cip13 char(13) PRIMARY KEY,
    cip7  char(7),
    cis   char(8)  NOT NULL REFERENCES terminology_drug (cis) ON DELETE CASCADE,
    label text
);
CREATE INDEX terminology_drug_pack_cis_ix ON terminology_drug_pack (cis);
CREATE INDEX terminology_drug_pack_cip7_ix ON terminology_drug_pack (cip7);

CREATE TABLE terminology_allergen (
    code     varchar(80) PRIMARY KEY,
    label    text        NOT NULL,
    kind     varchar(12) NOT NULL CHECK (kind IN ('SUBSTANCE', 'DRUG_CLASS')),
    atc_code varchar(7),
    aliases  text        NOT NULL DEFAULT ''
);

CREATE TABLE terminology_interaction (
    first_atc  varchar(7)  NOT NULL,
    second_atc varchar(7)  NOT NULL,
    level      varchar(20) NOT NULL CHECK (level IN ('CONTRAINDICATION', 'NOT_RECOMMENDED', 'PRECAUTION', 'TO_CONSIDER')),
    message    text        NOT NULL,
    source     text        NOT NULL,
    PRIMARY KEY (first_atc, second_atc)
);

CREATE TABLE terminology_lab_test (
    loinc    varchar(10) PRIMARY KEY,
    name     text        NOT NULL,
    specimen text,
    unit     text,
    panel    text,
    position integer     NOT NULL
);
