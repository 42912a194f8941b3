package org.hygie.terminology.server.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hygie.terminology.api.Allergen;
import org.hygie.terminology.api.AllergenKind;
import org.hygie.terminology.api.AtcClass;
import org.hygie.terminology.api.Drug;
import org.hygie.terminology.api.DrugSource;
import org.hygie.terminology.api.LabTest;
import org.hygie.terminology.api.Substance;
import org.hygie.terminology.api.knowledge.InteractionLevel;
import org.hygie.terminology.server.internal.ShippedCatalogue.AllergenEntry;
import org.hygie.terminology.server.internal.ShippedCatalogue.InteractionRule;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * The terminology tables, in SQL: the loads (each set replaced whole in the caller's transaction)
 * and the reads. Every method takes the entity manager of a transaction the caller opened.
 */
final class TerminologyStore {
    static final String CURATED = "curated";
    static final String BDPM = "bdpm";
    /** The advisory lock that queues the loads of two servers starting at once on one database. */
    private static final long LOAD_LOCK = 0x4859_5445_524dL;

    /** A drug's pack (BDPM CIS_CIP_bdpm.txt). */
    record Pack(String cip13, String cip7, String cis, String label) {
    }

    private TerminologyStore() {
    }

    static void lock(EntityManager em) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(?1)").setParameter(1, LOAD_LOCK).getSingleResult();
    }

    /** @return the version of a loaded set, or null when it was never loaded */
    static String version(EntityManager em, String dataset) {
        List<?> rows = em.createNativeQuery("SELECT version FROM terminology_dataset WHERE name = ?1")
                .setParameter(1, dataset).getResultList();
        return rows.isEmpty() ? null : (String) rows.get(0);
    }

    private static void setVersion(EntityManager em, String dataset, String version, int rows, Instant now) {
        em.createNativeQuery("INSERT INTO terminology_dataset (name, version, row_count, loaded_at) VALUES (?1, ?2, ?3, ?4) "
                + "ON CONFLICT (name) DO UPDATE SET version = EXCLUDED.version, row_count = EXCLUDED.row_count, "
                + "loaded_at = EXCLUDED.loaded_at")
                .setParameter(1, dataset).setParameter(2, version).setParameter(3, rows)
                .setParameter(4, Timestamp.from(now)).executeUpdate();
    }

    /**
     * Replaces the shipped tables with this set: the curated drugs (an imported drug of the same
     * CIS code gives way to the curated one, which has its ATC class), ATC classes, allergens,
     * interactions and lab tests.
     */
    static int replaceCurated(EntityManager em, ShippedCatalogue set, Instant now) {
        em.createNativeQuery("DELETE FROM terminology_drug WHERE source = 'CURATED'").executeUpdate();
        em.createNativeQuery("DELETE FROM terminology_drug WHERE cis IN (:cis)")
                .setParameter("cis", set.drugs().stream().map(Drug::cis).toList()).executeUpdate();
        for (String table : List.of("terminology_atc", "terminology_allergen", "terminology_interaction",
                "terminology_lab_test")) {
            em.createNativeQuery("DELETE FROM " + table).executeUpdate();
        }
        Rows atc = new Rows("terminology_atc (code, label)", "varchar", "text");
        set.atcLabels().forEach(atc::add);
        int count = atc.insert(em);
        count += insertDrugs(em, set.drugs(), List.of());
        Rows allergens = new Rows("terminology_allergen (code, label, kind, atc_code, aliases)", "varchar", "text",
                "varchar", "varchar", "text");
        for (AllergenEntry e : set.allergens()) {
            Allergen a = e.allergen();
            allergens.add(a.code(), a.label(), a.kind().name(), a.atc() == null ? null : a.atc().code(),
                    String.join(";", e.aliases()));
        }
        count += allergens.insert(em);
        Rows interactions = new Rows("terminology_interaction (first_atc, second_atc, level, message, source)",
                "varchar", "varchar", "varchar", "text", "text");
        set.interactions().forEach(r -> interactions.add(r.first(), r.second(), r.level().name(), r.message(), r.source()));
        count += interactions.insert(em);
        Rows labTests = new Rows("terminology_lab_test (loinc, name, specimen, unit, panel, position)", "varchar",
                "text", "text", "text", "text", "integer");
        int position = 0;
        for (LabTest t : set.labTests()) {
            labTests.add(t.loinc(), t.name(), t.specimen(), t.unit(), t.panel(), position++);
        }
        count += labTests.insert(em);
        setVersion(em, CURATED, set.version(), count, now);
        return count;
    }

    /**
     * Replaces the imported drugs with these (a drug of the curated set keeps its curated row).
     *
     * @return how many drugs were inserted
     */
    static int replaceBdpm(EntityManager em, List<Drug> drugs, List<Pack> packs, String fingerprint, Instant now) {
        em.createNativeQuery("DELETE FROM terminology_drug WHERE source = 'BDPM'").executeUpdate();
        Set<String> curated = new LinkedHashSet<>();
        for (Object cis : em.createNativeQuery("SELECT cis FROM terminology_drug").getResultList()) {
            curated.add(cis.toString());
        }
        List<Drug> kept = drugs.stream().filter(d -> !curated.contains(d.cis())).toList();
        Set<String> all = new LinkedHashSet<>(curated);
        kept.forEach(d -> all.add(d.cis()));
        em.createNativeQuery("DELETE FROM terminology_drug_pack WHERE cis IN (:cis)")
                .setParameter("cis", List.copyOf(curated.isEmpty() ? Set.of("-") : curated)).executeUpdate();
        insertDrugs(em, kept, packs.stream().filter(p -> all.contains(p.cis())).toList());
        setVersion(em, BDPM, fingerprint, kept.size(), now);
        return kept.size();
    }

    private static int insertDrugs(EntityManager em, List<Drug> drugs, List<Pack> packs) {
        Rows rows = new Rows("terminology_drug (cis, name, form, routes, atc_code, narcotic, source, name_key, search_key)",
                "char(8)", "text", "text", "text", "varchar", "boolean", "varchar", "text", "text");
        Rows substances = new Rows("terminology_drug_substance (cis, position, inn, strength)", "char(8)", "smallint",
                "text", "text");
        for (Drug d : drugs) {
            StringBuilder search = new StringBuilder(d.name());
            d.substances().forEach(s -> search.append(' ').append(s.inn()));
            rows.add(d.cis(), d.name(), d.form(), String.join(";", d.routes()), d.atc() == null ? null : d.atc().code(),
                    d.narcotic(), d.source().name(), Text.key(d.name()), " " + Text.key(search.toString()) + " ");
            int position = 0;
            for (Substance s : d.substances()) {
                substances.add(d.cis(), position++, s.inn(), s.strength());
            }
        }
        Rows packRows = new Rows("terminology_drug_pack (cip13, cip7, cis, label)", "char(13)", "char(7)", "char(8)",
                "text");
        Set<String> seen = new LinkedHashSet<>();
        for (Pack p : packs) {
            if (seen.add(p.cip13())) {
                packRows.add(p.cip13(), p.cip7(), p.cis(), p.label());
            }
        }
        return rows.insert(em) + substances.insert(em) + packRows.insert(em);
    }

    /** @return the small tables, as loaded */
    static KnowledgeTables readTables(EntityManager em) {
        Map<String, String> atc = new LinkedHashMap<>();
        for (Object[] r : rows(em.createNativeQuery("SELECT code, label FROM terminology_atc"))) {
            atc.put((String) r[0], (String) r[1]);
        }
        List<AllergenEntry> allergens = new ArrayList<>();
        for (Object[] r : rows(em.createNativeQuery("SELECT code, label, kind, atc_code, aliases FROM terminology_allergen"))) {
            String aliases = (String) r[4];
            allergens.add(new AllergenEntry(new Allergen((String) r[0], (String) r[1], AllergenKind.valueOf((String) r[2]),
                    ShippedCatalogue.atcClass((String) r[3], atc)),
                    aliases == null || aliases.isBlank() ? List.of() : List.of(aliases.split(";"))));
        }
        List<InteractionRule> rules = new ArrayList<>();
        for (Object[] r : rows(em.createNativeQuery(
                "SELECT first_atc, second_atc, level, message, source FROM terminology_interaction ORDER BY first_atc, second_atc"))) {
            rules.add(new InteractionRule((String) r[0], (String) r[1], InteractionLevel.valueOf((String) r[2]),
                    (String) r[3], (String) r[4]));
        }
        List<LabTest> labTests = new ArrayList<>();
        for (Object[] r : rows(em.createNativeQuery(
                "SELECT loinc, name, specimen, unit, panel FROM terminology_lab_test ORDER BY position"))) {
            labTests.add(new LabTest((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4]));
        }
        return new KnowledgeTables(atc, allergens, rules, labTests);
    }

    /** @return the drugs with these CIS codes, in name order */
    static List<Drug> drugs(EntityManager em, Collection<String> cis) {
        if (cis.isEmpty()) {
            return List.of();
        }
        Map<String, List<Substance>> substances = new LinkedHashMap<>();
        for (Object[] r : rows(em.createNativeQuery(
                "SELECT cis, inn, strength FROM terminology_drug_substance WHERE cis IN (:cis) ORDER BY cis, position")
                .setParameter("cis", List.copyOf(cis)))) {
            substances.computeIfAbsent(r[0].toString(), k -> new ArrayList<>()).add(new Substance((String) r[1], (String) r[2]));
        }
        List<Drug> out = new ArrayList<>();
        for (Object[] r : rows(em.createNativeQuery("SELECT d.cis, d.name, d.form, d.routes, d.atc_code, a.label, "
                + "d.narcotic, d.source FROM terminology_drug d LEFT JOIN terminology_atc a ON a.code = d.atc_code "
                + "WHERE d.cis IN (:cis) ORDER BY d.name_key, d.cis").setParameter("cis", List.copyOf(cis)))) {
            String code = r[0].toString();
            out.add(new Drug(code, (String) r[1], (String) r[2], ShippedCatalogue.routes((String) r[3]),
                    substances.get(code), r[4] == null ? null : new AtcClass((String) r[4], (String) r[5]),
                    (Boolean) r[6], DrugSource.valueOf((String) r[7])));
        }
        return out;
    }

    /** A drug search's answer: the page's CIS codes in rank order and the total. */
    record Found(List<String> cis, long total) {
    }

    /**
     * Every word of the query begins a word of the drug's name or substances; or the query is the
     * beginning of an ATC code, a CIS code, or a pack's CIP code (7 or 13 digits, as scanned).
     * Names that begin with the query first, then by name.
     */
    static Found searchDrugs(EntityManager em, String q, int offset, int size) {
        String whole = Text.key(q);
        List<String> words = Text.words(q);
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder("(");
        for (int i = 0; i < words.size(); i++) {
            params.add("% " + words.get(i) + "%");
            where.append(i == 0 ? "" : " AND ").append("d.search_key LIKE ?").append(params.size());
        }
        where.append(')');
        String compact = q.strip().toUpperCase(java.util.Locale.ROOT);
        if (compact.matches("[A-Z][0-9]{2}([A-Z]{1,2}([0-9]{1,2})?)?")) {
            params.add(compact + "%");
            where.append(" OR d.atc_code LIKE ?").append(params.size());
        }
        if (compact.matches("[0-9]{8}")) {
            params.add(compact);
            where.append(" OR d.cis = ?").append(params.size());
        }
        if (compact.matches("[0-9]{7}|[0-9]{13}")) {
            params.add(compact);
            where.append(" OR EXISTS (SELECT 1 FROM terminology_drug_pack p WHERE p.cis = d.cis AND (p.cip13 = ?")
                    .append(params.size()).append(" OR p.cip7 = ?").append(params.size()).append("))");
        }
        params.add(whole + "%");
        int starts = params.size();
        Query page = em.createNativeQuery("SELECT d.cis FROM terminology_drug d WHERE " + where
                + " ORDER BY CASE WHEN d.name_key LIKE ?" + starts + " THEN 0 ELSE 1 END, d.name_key, d.cis"
                + " OFFSET " + offset + " LIMIT " + size);
        Query count = em.createNativeQuery("SELECT count(*) FROM terminology_drug d WHERE " + where);
        for (int i = 0; i < params.size(); i++) {
            page.setParameter(i + 1, params.get(i));
            if (i + 1 < starts) {
                count.setParameter(i + 1, params.get(i));
            }
        }
        List<String> cis = new ArrayList<>();
        for (Object c : page.getResultList()) {
            cis.add(c.toString());
        }
        long total = ((Number) count.getSingleResult()).longValue();
        return new Found(cis, total);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }
}
