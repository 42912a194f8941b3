-- Typo-tolerant search over every name word (issue 10). Replaces the last-name dictionary of V1.
--
-- patients_name_word: every word of every normalised last and first name, with the whole name it
-- belongs to ("pierre" -> "jean pierre", "goff" -> "le goff"), so that a query word can find the
-- whole names a part of which it matches, and search then walks the patients' btree indexes with
-- whole-name equalities.
-- patients_name_variant: for every name word of 3 letters or more, the word itself and each form
-- with one letter deleted (a deletion index, as in SymSpell): two words one edit apart share one
-- of these forms, so the query word's own deletions find every name word one edit away by plain
-- btree look-ups, whatever the word's length (trigrams do not: "bonnrt" and "bonnet" share 4 of
-- 10 trigrams). The server checks the real distance (Typos) on the few candidates.
-- Words are few (tens of thousands for a million patients): both tables stay small. A word no
-- longer used stays, harmlessly: it leads to no patient.

CREATE TABLE patients_name_word (
    word varchar(200) COLLATE "C" NOT NULL,
    name varchar(200) COLLATE "C" NOT NULL,
    PRIMARY KEY (word, name)
);

CREATE TABLE patients_name_variant (
    variant varchar(200) COLLATE "C" NOT NULL,
    word    varchar(200) COLLATE "C" NOT NULL,
    PRIMARY KEY (variant, word)
);

-- Two edits (words of 8 letters or more) are looked for by trigram similarity among the words,
-- then checked by the server. fastupdate off: new words go straight into the index rather than
-- into a pending list every search would scan until the next vacuum.
CREATE INDEX patients_name_word_trgm_idx ON patients_name_word USING gin (word gin_trgm_ops) WITH (fastupdate = off);

-- Adds the words of the given normalised names, and the deletion forms of the words not known yet.
CREATE FUNCTION patients_add_names(names text[]) RETURNS void LANGUAGE sql AS $$
    WITH pairs AS (
        SELECT DISTINCT w AS word, n AS name
        FROM unnest(names) n, unnest(string_to_array(n, ' ')) w
        WHERE w <> ''
    ), added AS (
        INSERT INTO patients_name_word (word, name) SELECT word, name FROM pairs
        ON CONFLICT DO NOTHING RETURNING word
    ), new_words AS (
        SELECT DISTINCT a.word FROM added a
        WHERE length(a.word) >= 3 AND NOT EXISTS (SELECT 1 FROM patients_name_variant v WHERE v.variant = a.word AND v.word = a.word)
    )
    INSERT INTO patients_name_variant (variant, word)
    SELECT DISTINCT f.variant, nw.word
    FROM new_words nw,
         LATERAL (SELECT nw.word AS variant
                  UNION ALL
                  SELECT overlay(nw.word PLACING '' FROM i FOR 1) FROM generate_series(1, length(nw.word)) i) f
    ON CONFLICT DO NOTHING;
$$;

-- Statement-level triggers with transition tables: a bulk load of 100,000 patients adds its few
-- thousand distinct names in one statement rather than one look-up per row.
CREATE FUNCTION patients_remember_names() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM patients_add_names(ARRAY(SELECT last_norm FROM new_rows UNION SELECT first_norm FROM new_rows));
    RETURN NULL;
END
$$;

CREATE TRIGGER patients_patient_names_ins_trg
    AFTER INSERT ON patients_patient REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION patients_remember_names();
CREATE TRIGGER patients_patient_names_upd_trg
    AFTER UPDATE ON patients_patient REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION patients_remember_names();

SELECT patients_add_names(ARRAY(SELECT last_norm FROM patients_patient UNION SELECT first_norm FROM patients_patient));

DROP TRIGGER patients_patient_last_name_trg ON patients_patient;
DROP FUNCTION patients_remember_last_name();
DROP TABLE patients_last_name;

-- A NIR typed in the search box finds its patient.
CREATE INDEX patients_patient_nir_idx ON patients_patient (nir) WHERE nir IS NOT NULL;
