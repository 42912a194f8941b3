-- One batch of synthetic patients for bench/patient-search.sh, on a schema the server migrated.
--   psql -v lo=1 -v hi=100000 -v seed=0.01 -f generate.sql
-- Needs the tables bench_last, bench_first, bench_syl (written by `PatientSearchBench dict`: every
-- display name there comes with its normalised form computed by the server's own NameNormalizer,
-- so the normalised columns are exactly what the server would store) and the function bench_mrn.
--
-- Distribution (rows lo..hi; deterministic for a given seed):
--   55 %  one of ~220 common French surnames, steep Zipf-like skew (rank 1 "Martin" ~4.7 % of all
--         patients, the top 10 ~14 %: harsher than reality, so common names are stress-tested);
--    5 %  a double-barrelled name of two of them ("Martin-Dubois", normalised "martin dubois");
--   40 %  a three-syllable name (34^3 = 39,304 possible, ~10 patients each): the long tail.
--   First names: ~110 French first names (many accented, some compound), skewed; sex follows them.
-- Record numbers come from patients_mrn_seq with their Luhn digit (bench_mrn), as the server
-- assigns them; the AFTER INSERT trigger of the schema fills the last-name dictionary.
SELECT setseed(:seed);

INSERT INTO patients_patient (id, mrn, last_name, first_name, last_norm, first_norm, birth_date, sex,
                              phone, address, demo, created_at, updated_at, version)
SELECT gen_random_uuid(),
       bench_mrn(nextval('patients_mrn_seq')),
       CASE WHEN r.kind < 0.55 THEN l1.name
            WHEN r.kind < 0.60 THEN l1.name || '-' || l2.name
            ELSE s1.cap || s2.name || s3.name END,
       f.name,
       CASE WHEN r.kind < 0.55 THEN l1.norm
            WHEN r.kind < 0.60 THEN l1.norm || ' ' || l2.norm
            ELSE s1.norm || s2.norm || s3.norm END,
       f.norm,
       DATE '1925-01-01' + r.days,
       f.sex,
       CASE WHEN r.contact < 0.7 THEN '06' || lpad((floor(r.contact * 1e9))::bigint::text, 8, '0') END,
       CASE WHEN r.contact < 0.6 THEN (1 + r.g % 180) || ' rue de la République, ' || (10000 + r.g % 85000) || ' Lyon' END,
       false, r.created, r.created, 0
FROM (SELECT g,
             random() AS kind,
             1 + floor(power(random(), 2.2) * (SELECT count(*) FROM bench_last))::int AS li,
             1 + floor(power(random(), 2.2) * (SELECT count(*) FROM bench_last))::int AS li2,
             1 + floor(power(random(), 1.7) * (SELECT count(*) FROM bench_first))::int AS fi,
             floor(random() * 36500)::int AS days,
             random() AS contact,
             now() - random() * interval '3650 days' AS created
      FROM generate_series(:lo, :hi) g) r
JOIN bench_last l1 ON l1.i = r.li
JOIN bench_last l2 ON l2.i = r.li2
JOIN bench_first f ON f.i = r.fi
JOIN bench_syl s1 ON s1.i = 1 + (r.g * 7 % 34)
JOIN bench_syl s2 ON s2.i = 1 + ((r.g / 34) * 13 % 34)
JOIN bench_syl s3 ON s3.i = 1 + ((r.g / 1156) % 34);
