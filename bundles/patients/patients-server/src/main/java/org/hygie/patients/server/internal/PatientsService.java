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
import org.hygie.patients.api.AllergyInput;
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

import jakarta.persistence.EntityManager;
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

    /** @return the allergies, oldest first; @throws HygieException 404 when the patient is unknown */
    public List<Allergy> allergies(UUID patientId) {
        return tx.readOnly(em -> {
            find(em, patientId);
            return em.createQuery("SELECT a FROM AllergyEntity a WHERE a.patientId = :p ORDER BY a.notedAt, a.id",
                    AllergyEntity.class).setParameter("p", patientId).getResultList().stream()
                    .map(AllergyEntity::toAllergy).toList();
        });
    }

    /** @throws HygieException 404 when the patient is unknown, 422 for invalid fields */
    public Allergy addAllergy(AuthenticatedUser caller, UUID patientId, AllergyInput input) {
        return tx.inTransaction(em -> {
            find(em, patientId);
            AllergyEntity allergy = new AllergyEntity(UUID.randomUUID(), patientId, input.substance().strip(),
                    blankToNull(input.reaction()), input.severity(), now(), caller.recordedId(),
                    caller.name());
            em.persist(allergy);
            return allergy.toAllergy();
        });
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
