package org.hygie.patients.server.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.hygie.patients.api.Nir;
import org.hygie.core.paging.Page;
import org.hygie.core.problem.Checks;
import org.hygie.core.problem.HygieException;
import org.hygie.core.problem.SqlFailures;
import org.hygie.core.security.AuthenticatedUser;
import org.hygie.patients.api.Allergy;
import org.hygie.patients.api.AllergyCorrection;
import org.hygie.patients.api.AllergyInput;
import org.hygie.patients.api.AllergyRetraction;
import org.hygie.patients.api.AllergyRevision;
import org.hygie.patients.api.AllergySeverity;
import org.hygie.patients.api.AllergyStatement;
import org.hygie.patients.api.AllergyStatus;
import org.hygie.patients.api.PatientAllergies;
import org.hygie.terminology.api.knowledge.MedicationKnowledge;
import org.hygie.patients.api.Patient;
import org.hygie.patients.api.PatientCreated;
import org.hygie.patients.api.PatientInput;
import org.hygie.patients.api.PatientSummary;
import org.hygie.patients.api.PatientsApi;
import org.hygie.patients.server.internal.NameAlternatives.NameWord;
import org.hygie.patients.server.internal.SearchPlan.Branch;
import org.hygie.platform.persistence.DatabaseClock;
import org.hygie.platform.persistence.Transactions;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.Query;

/**
 * The patients area's rules over its tables. Callers (the REST resource, the demo seeder) say
 * who acts; permissions are checked before, from the contract's annotations.
 */
@Component(service = PatientsService.class)
public class PatientsService {
    /** How many possible duplicates a creation lists at most. */
    static final int MAX_DUPLICATES = 20;

    private static final String FROM = " FROM patients_patient p WHERE ";

    @Reference(target = "(" + Transactions.UNIT_PROPERTY + "=patients)")
    Transactions tx;

    /**
     * The allergen catalogue a coded allergy is checked against; optional, so that patients run
     * without the terminology area (a coded allergy is then refused as unknown).
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile MedicationKnowledge knowledge;

    /** Changes are stamped with its instants, at the database's precision; tests fix it. */
    DatabaseClock clock = DatabaseClock.systemUTC();

    /**
     * Searches patients, as {@link PatientsApi#search} documents.
     *
     * @throws HygieException 422 for bad parameters
     */
    public Page<PatientSummary> search(String q, String birthDate, Integer page, Integer size) {
        SearchQuery query = SearchQuery.parse(q, birthDate, page, size);
        SearchPlan plan = SearchPlan.of(query);
        SearchPager.Result<PatientSummary> result = tx.readOnly(em -> SearchPager.page(plan, query.page().offset(),
                query.page().size(), PatientsApi.SEARCH_LIMIT, new SqlRunner(em)));
        return new Page<>(result.items(), result.total(), query.page().page(), query.page().size());
    }

    /**
     * Creates a patient with a new record number. Should list patients with the same normalised
     * names (in either order) and birth date as possible duplicates, and create it all the same.
     *
     * @throws HygieException 422 for invalid fields
     */
    public PatientCreated create(AuthenticatedUser caller, PatientInput input, boolean demo) {
        Instant now = now();
        return tx.inTransaction(em -> {
            long sequence = ((Number) em.createNativeQuery("SELECT nextval('patients_mrn_seq')").getSingleResult())
                    .longValue();
            PatientEntity entity = new PatientEntity(UUID.randomUUID(), MedicalRecordNumbers.format(sequence), demo,
                    now, caller);
            apply(entity, input);
            List<PatientSummary> duplicates = duplicates(em, entity.birthDate(), entity.lastNorm(),
                    entity.firstNorm());
            em.persist(entity);
            em.flush();
            return new PatientCreated(entity.toPatient(), duplicates);
        });
    }

    /**
     * Should list the patients a creation of {@code input} would list as possible duplicates, by
     * the same rule, without creating anything. Its fields were checked by the REST layer.
     */
    public List<PatientSummary> duplicates(PatientInput input) {
        return tx.readOnly(em -> duplicates(em, input.birthDate(), NameNormalizer.normalize(input.lastName()),
                NameNormalizer.normalize(input.firstName())));
    }

    /** @throws HygieException 404 when unknown */
    public Patient get(UUID id) {
        return tx.readOnly(em -> find(em, id).toPatient());
    }

    /**
     * Replaces a patient's demographics. Should refuse (409) an update whose version is not the
     * current one, with the current version in the problem's {@code currentVersion} property,
     * also when another update commits between the check and this one.
     *
     * @throws HygieException 404 when unknown, 409 when stale, 422 for invalid fields
     */
    public Patient update(AuthenticatedUser caller, UUID id, PatientInput input) {
        // The fields are checked by the REST layer; the version is what an update adds to a creation.
        new Checks().required("version", input == null ? null : input.version()).throwIfAny();
        try {
            return tx.inTransaction(em -> {
                PatientEntity entity = find(em, id);
                if (entity.version() != input.version()) {
                    throw stale(entity.version());
                }
                apply(entity, input);
                entity.touch(now(), caller);
                em.flush();
                return entity.toPatient();
            });
        } catch (RuntimeException e) {
            if (isOptimisticLockFailure(e)) {
                // Another update committed after we read the row: Hibernate's versioned UPDATE
                // matched nothing. Tell the client which version is now current.
                throw stale(tx.readOnly(em -> find(em, id).version()));
            }
            throw e;
        }
    }

    /**
     * What is recorded of the patient's allergies, as {@link PatientsApi#allergies} documents.
     *
     * @throws HygieException 404 when the patient is unknown
     */
    public PatientAllergies allergies(UUID patientId) {
        return tx.readOnly(em -> {
            find(em, patientId);
            return allergies(em, patientId);
        });
    }

    /** @throws HygieException 404 when the patient is unknown, 422 for invalid fields */
    public Allergy addAllergy(AuthenticatedUser caller, UUID patientId, AllergyInput input) {
        String allergen = allergenCode(input.allergenCode());
        return tx.inTransaction(em -> {
            find(em, patientId);
            AllergyEntity allergy = new AllergyEntity(UUID.randomUUID(), patientId, input.substance().strip(),
                    blankToNull(input.reaction()), input.severity(), allergen, now(), caller);
            em.persist(allergy);
            em.flush();
            return allergy.toAllergy();
        });
    }

    /**
     * Corrects an allergy, keeping the values it replaces (with who had recorded them and when).
     * Should refuse (409) a stale version, with {@code currentVersion}, and an allergy entered in error.
     *
     * @throws HygieException 404 when the allergy is not the patient's, 409 as said, 422 for invalid fields
     */
    public Allergy correctAllergy(AuthenticatedUser caller, UUID patientId, UUID allergyId, AllergyCorrection correction) {
        String allergen = allergenCode(correction.allergenCode());
        return changeAllergy(patientId, allergyId, correction.version(), (allergy, now) -> allergy.correct(
                correction.substance().strip(), blankToNull(correction.reaction()), correction.severity(), allergen,
                now, caller));
    }

    /**
     * @return the allergen code, checked against the catalogue; null for none
     * @throws HygieException 422 {@code allergenCode} {@code unknown_allergen} for a code the catalogue
     *         does not hold (or when no catalogue is installed)
     */
    private String allergenCode(String code) {
        String c = blankToNull(code);
        if (c == null) {
            return null;
        }
        MedicationKnowledge catalogue = knowledge;
        new Checks().require(catalogue != null && catalogue.allergen(c).isPresent(), "allergenCode", "unknown_allergen",
                "allergenCode must be an allergen of the catalogue (GET /api/allergens)").throwIfAny();
        return c;
    }

    /**
     * Marks an allergy entered in error, keeping it. Should refuse (409) a stale version, with
     * {@code currentVersion}, and an allergy marked already.
     *
     * @throws HygieException 404 when the allergy is not the patient's, 409 as said, 422 for invalid fields
     */
    public Allergy markAllergyEnteredInError(AuthenticatedUser caller, UUID patientId, UUID allergyId,
            AllergyRetraction retraction) {
        return changeAllergy(patientId, allergyId, retraction.version(),
                (allergy, now) -> allergy.markEnteredInError(blankToNull(retraction.reason()), now, caller));
    }

    private Allergy changeAllergy(UUID patientId, UUID allergyId, long version,
            java.util.function.BiConsumer<AllergyEntity, Instant> change) {
        Instant now = now();
        return tx.inTransaction(em -> {
            // Locked: two corrections of the same allergy run one after the other, and the second
            // finds the version moved on (409) instead of overwriting the first.
            AllergyEntity allergy = em.find(AllergyEntity.class, allergyId, LockModeType.PESSIMISTIC_WRITE);
            if (allergy == null || !allergy.patientId().equals(patientId)) {
                throw HygieException.notFound("No allergy " + allergyId + " for the patient " + patientId);
            }
            if (allergy.version() != version) {
                throw HygieException.conflict("The allergy was changed by someone else since it was read: reload it",
                        Map.of("currentVersion", allergy.version()));
            }
            if (allergy.status() == AllergyStatus.ENTERED_IN_ERROR) {
                throw HygieException.conflict("The allergy was entered in error: it is kept as it was", Map.of());
            }
            // The state it leaves, kept before the change (the statement flushes nothing pending:
            // the entity is unchanged yet).
            em.createNativeQuery("INSERT INTO patients_allergy_revision (allergy_id, version, substance, reaction,"
                    + " severity, status, recorded_at, recorded_by, recorded_by_name, replaced_at, allergen_code)"
                    + " SELECT id, version, substance, reaction, severity, status, updated_at, updated_by,"
                    + " updated_by_name, :now, allergen_code FROM patients_allergy WHERE id = :id")
                    .setParameter("now", now).setParameter("id", allergyId).executeUpdate();
            change.accept(allergy, now);
            em.flush();
            return allergy.toAllergy();
        });
    }

    /**
     * The values the allergy held before each change, oldest first. Should answer 404 for an
     * allergy that is not the patient's, and nothing for one never changed.
     *
     * @throws HygieException 404 as said
     */
    public List<AllergyRevision> allergyRevisions(UUID patientId, UUID allergyId) {
        return tx.readOnly(em -> {
            AllergyEntity allergy = em.find(AllergyEntity.class, allergyId);
            if (allergy == null || !allergy.patientId().equals(patientId)) {
                throw HygieException.notFound("No allergy " + allergyId + " for the patient " + patientId);
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT version, substance, reaction, severity, status,"
                    + " recorded_at, recorded_by_name, replaced_at FROM patients_allergy_revision"
                    + " WHERE allergy_id = :id ORDER BY version").setParameter("id", allergyId).getResultList();
            return rows.stream().map(r -> new AllergyRevision(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                    AllergySeverity.valueOf((String) r[3]), AllergyStatus.valueOf((String) r[4]), toInstant(r[5]),
                    (String) r[6], toInstant(r[7]))).toList();
        });
    }

    /**
     * States, as the caller now, that the patient has no known allergy. Should refuse (409) while
     * an allergy stands.
     *
     * @throws HygieException 404 when the patient is unknown, 409 as said
     */
    public PatientAllergies stateNoKnownAllergy(AuthenticatedUser caller, UUID patientId) {
        Instant now = now();
        return tx.inTransaction(em -> {
            // The patient's row locked: an allergy recorded at the same moment waits or is seen.
            em.find(PatientEntity.class, patientId, LockModeType.PESSIMISTIC_WRITE);
            find(em, patientId);
            if (!allergies(em, patientId).active().isEmpty()) {
                throw HygieException.conflict("An allergy is recorded for this patient: mark it entered in error"
                        + " first if it was a mistake", Map.of());
            }
            em.createNativeQuery("INSERT INTO patients_allergy_statement (patient_id, stated_at, stated_by, stated_by_name)"
                    + " VALUES (:p, :at, :by, :name) ON CONFLICT (patient_id) DO UPDATE SET stated_at = EXCLUDED.stated_at,"
                    + " stated_by = EXCLUDED.stated_by, stated_by_name = EXCLUDED.stated_by_name")
                    .setParameter("p", patientId).setParameter("at", now).setParameter("by", caller.recordedId())
                    .setParameter("name", caller.name()).executeUpdate();
            return allergies(em, patientId);
        });
    }

    private static PatientAllergies allergies(EntityManager em, UUID patientId) {
        List<Allergy> all = em.createQuery("SELECT a FROM AllergyEntity a WHERE a.patientId = :p"
                + " ORDER BY a.audit.createdAt, a.id", AllergyEntity.class).setParameter("p", patientId).getResultList()
                .stream().map(AllergyEntity::toAllergy).toList();
        @SuppressWarnings("unchecked")
        List<Object[]> statement = em.createNativeQuery("SELECT stated_at, stated_by_name FROM patients_allergy_statement"
                + " WHERE patient_id = :p").setParameter("p", patientId).getResultList();
        Instant statedAt = statement.isEmpty() ? null : toInstant(statement.get(0)[0]);
        String statedBy = statement.isEmpty() ? null : (String) statement.get(0)[1];
        boolean anyActive = all.stream().anyMatch(a -> a.status() == AllergyStatus.ACTIVE);
        AllergyStatement what = anyActive ? AllergyStatement.RECORDED
                : statedAt != null ? AllergyStatement.NONE_KNOWN : AllergyStatement.NOT_RECORDED;
        return new PatientAllergies(what, statedAt, statedBy, all);
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }

    /** @return whether demo patients were already seeded */
    public boolean hasDemoPatients() {
        return tx.readOnly(em -> !em.createNativeQuery("SELECT 1 FROM patients_patient WHERE demo LIMIT 1")
                .getResultList().isEmpty());
    }

    private Instant now() {
        return clock.now();
    }

    private static void apply(PatientEntity entity, PatientInput in) {
        entity.setDemographics(in.lastName().strip(), in.firstName().strip(), in.birthDate(), in.sex(),
                blankToNull(in.phone()), blankToNull(in.email()),
                blankToNull(in.address()),
                Nir.compact(blankToNull(in.nir())));
    }

    private static List<PatientSummary> duplicates(EntityManager em, LocalDate birthDate, String lastNorm,
            String firstNorm) {
        return em.createQuery("SELECT p FROM PatientEntity p WHERE p.birthDate = :b AND ("
                + "(p.lastNorm = :l AND p.firstNorm = :f) OR (p.lastNorm = :f AND p.firstNorm = :l)) ORDER BY p.mrn",
                PatientEntity.class)
                .setParameter("b", birthDate)
                .setParameter("l", lastNorm)
                .setParameter("f", firstNorm)
                .setMaxResults(MAX_DUPLICATES)
                .getResultList().stream()
                .map(p -> p.toSummary(PatientSummary.Match.EXACT)).toList();
    }

    private static PatientEntity find(EntityManager em, UUID id) {
        return Optional.ofNullable(id == null ? null : em.find(PatientEntity.class, id))
                .orElseThrow(() -> HygieException.notFound("No patient " + id));
    }

    private static HygieException stale(long currentVersion) {
        return HygieException.conflict("The patient was changed by someone else since it was read: "
                + "reload it and apply your changes again", Map.of("currentVersion", currentVersion));
    }

    /** Hibernate reports a lost versioned update as JPA's or as its own exception, maybe wrapped. */
    static boolean isOptimisticLockFailure(Throwable e) {
        return SqlFailures.anyCause(e, t -> t instanceof OptimisticLockException
                || t.getClass().getName().startsWith("org.hibernate.Stale"));
    }

    /** Runs search branches as native SQL over one entity manager (one read-only transaction). */
    static final class SqlRunner implements SearchPager.Runner<PatientSummary> {
        /** The dictionary rows whose word is reached by a deletion key (itself included). */
        static final String NAME_WORDS_BY_VARIANT = "SELECT w.word, w.name FROM patients_name_word w "
                + "WHERE w.word IN (SELECT v.word FROM patients_name_variant v WHERE v.variant IN (:keys))";
        /** The dictionary rows whose word is trigram-similar to a long query word. */
        static final String NAME_WORDS_BY_TRIGRAM = "SELECT w.word, w.name FROM patients_name_word w WHERE w.word % :w";

        private final EntityManager em;

        SqlRunner(EntityManager em) {
            this.em = em;
        }

        @Override
        public long count(Branch branch, int cap) {
            Query q = em.createNativeQuery("SELECT count(*) FROM (SELECT 1" + FROM + branch.where() + " LIMIT :cap) t");
            bind(q, branch).setParameter("cap", cap);
            return ((Number) q.getSingleResult()).longValue();
        }

        @Override
        public List<PatientSummary> fetch(Branch branch, long offset, int limit) {
            Query q = em.createNativeQuery("SELECT p.*" + FROM + branch.where() + " ORDER BY " + branch.orderBy()
                    + " LIMIT :lim OFFSET :off", PatientEntity.class);
            bind(q, branch).setParameter("lim", limit).setParameter("off", offset);
            @SuppressWarnings("unchecked")
            List<PatientEntity> rows = q.getResultList();
            return rows.stream().map(p -> p.toSummary(branch.match())).toList();
        }

        @Override
        public List<NameWord> nameWords(Set<String> keys, List<String> twoEditWords) {
            List<NameWord> rows = new ArrayList<>();
            Query q = em.createNativeQuery(NAME_WORDS_BY_VARIANT).setParameter("keys", keys);
            collect(q, rows);
            for (String w : twoEditWords) {
                // Trigram similarity at pg_trgm's default threshold (0.3): candidates for two edits
                // that the deletion forms of one letter do not reach; Typos checks the distance.
                collect(em.createNativeQuery(NAME_WORDS_BY_TRIGRAM).setParameter("w", w), rows);
            }
            return rows;
        }

        private static void collect(Query q, List<NameWord> rows) {
            @SuppressWarnings("unchecked")
            List<Object[]> result = q.getResultList();
            result.forEach(r -> rows.add(new NameWord((String) r[0], (String) r[1])));
        }

        private static Query bind(Query q, Branch branch) {
            branch.params().forEach(q::setParameter);
            return q;
        }
    }

    /** @return the trimmed value, or null when absent or blank */
    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
