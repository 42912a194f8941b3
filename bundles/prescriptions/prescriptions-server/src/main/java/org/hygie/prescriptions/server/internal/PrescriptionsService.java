package org.hygie.prescriptions.server.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.hygie.core.paging.Page;
import org.hygie.core.paging.PageRequest;
import org.hygie.core.problem.Checks;
import org.hygie.core.problem.HygieException;
import org.hygie.core.security.AuthenticatedUser;
import org.hygie.patients.api.Allergy;
import org.hygie.patients.api.PatientAllergies;
import org.hygie.patients.api.PatientSummary;
import org.hygie.patients.api.directory.PatientDirectory;
import org.hygie.platform.persistence.DatabaseClock;
import org.hygie.platform.persistence.Transactions;
import org.hygie.prescriptions.api.ActiveMedication;
import org.hygie.prescriptions.api.Alert;
import org.hygie.prescriptions.api.Item;
import org.hygie.prescriptions.api.ItemInput;
import org.hygie.prescriptions.api.OverrideInput;
import org.hygie.prescriptions.api.Prescription;
import org.hygie.prescriptions.api.PrescriptionInput;
import org.hygie.prescriptions.api.PrescriptionStatus;
import org.hygie.prescriptions.api.RenewRequest;
import org.hygie.prescriptions.api.StopRequest;
import org.hygie.terminology.api.Drug;
import org.hygie.terminology.api.knowledge.MedicationKnowledge;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/**
 * Medication prescriptions: signed after the safety checks ({@link SafetyChecks}, {@link Overrides}),
 * never edited afterwards. Permissions are checked before, from the contract's annotations; a
 * prescription is the act of a doctor, signed in his own name (the caller).
 */
@Component(service = PrescriptionsService.class, configurationPid = PrescriptionsConfig.PID)
@Designate(ocd = PrescriptionsConfig.class)
public class PrescriptionsService {
    private static final Logger LOG = LoggerFactory.getLogger(PrescriptionsService.class);
    static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Paris");

    @Reference(target = "(" + Transactions.UNIT_PROPERTY + "=prescriptions)")
    Transactions tx;

    @Reference
    MedicationKnowledge knowledge;

    @Reference
    PatientDirectory patients;

    DatabaseClock clock = DatabaseClock.systemUTC();

    volatile PrescriptionsConfig config;
    volatile ZoneId zone = DEFAULT_ZONE;

    @Activate
    @Modified
    void configure(PrescriptionsConfig config) {
        this.config = config;
        this.zone = zone(config.timeZone());
    }

    /** A wrong zone must not stop prescribing: fall back to the default, loudly. */
    static ZoneId zone(String id) {
        try {
            return id == null || id.isBlank() ? DEFAULT_ZONE : ZoneId.of(id.strip());
        } catch (DateTimeException e) {
            LOG.error("Unknown time zone '{}' in {}: using {}", id, PrescriptionsConfig.PID, DEFAULT_ZONE);
            return DEFAULT_ZONE;
        }
    }

    /**
     * Signs a prescription (see {@link org.hygie.prescriptions.api.PrescriptionsApi#create}).
     *
     * @throws HygieException 422 for invalid fields, an unknown patient or drug, a narcotic beyond
     *         its limits, an override without reason, or interrupting alerts not overridden
     */
    public Prescription create(AuthenticatedUser caller, PrescriptionInput input) {
        return sign(caller, input, null);
    }

    private Prescription sign(AuthenticatedUser caller, PrescriptionInput input, UUID renewedFrom) {
        new Checks().required("patientId", input.patientId()).throwIfAny();
        Set<String> cis = new HashSet<>();
        input.items().stream().filter(Objects::nonNull).map(i -> ItemRules.blankToNull(i.drugCis()))
                .filter(Objects::nonNull).forEach(cis::add);
        Map<String, Drug> drugs = cis.isEmpty() ? Map.of() : knowledge.drugs(cis);
        List<Item> items = ItemRules.check(input.items(), input.weightKg(), drugs);
        UUID patientId = input.patientId();
        PatientAllergies allergies = patients.allergies(patientId).orElseThrow(() -> HygieException.validation(
                List.of(new org.hygie.core.problem.FieldError("patientId", "unknown_patient", "No patient " + patientId))));
        Instant now = clock.now();
        LocalDate today = LocalDate.ofInstant(now, zone);
        List<SafetyChecks.OtherDrug> others = otherActiveDrugs(patientId, today);
        List<SafetyChecks.Line> lines = items.stream()
                .map(i -> new SafetyChecks.Line(i.line(), i.drugCis() == null ? null : drugs.get(i.drugCis()), i.freeText()))
                .toList();
        List<Alert> alerts = SafetyChecks.check(lines, knownAllergies(allergies), others, knowledge);
        Overrides.Decision decision = Overrides.decide(alerts, input.overrides());
        UUID id = UUID.randomUUID();
        return tx.inTransaction(em -> {
            PrescriptionEntity entity = new PrescriptionEntity(id, patientId, caller, now, input.weightKg(),
                    ItemRules.endsOn(items, today), renewedFrom);
            items.forEach(entity::addItem);
            decision.overridden().forEach(o -> entity.addOverride(o.alert(), o.reason(), caller, now));
            decision.notes().forEach(entity::addNote);
            em.persist(entity);
            em.flush();
            return entity.toPrescription();
        });
    }

    /** The standing allergies as the checks read them: by their allergen's code, or their words when free text. */
    static List<SafetyChecks.KnownAllergy> knownAllergies(PatientAllergies allergies) {
        List<SafetyChecks.KnownAllergy> known = new ArrayList<>();
        for (Allergy a : allergies.active()) {
            known.add(new SafetyChecks.KnownAllergy(a.substance(), a.allergenCode(),
                    a.severity() == null ? null : a.severity().name()));
        }
        return known;
    }

    /** The catalogue drugs of the patient's other active prescriptions. */
    private List<SafetyChecks.OtherDrug> otherActiveDrugs(UUID patientId, LocalDate today) {
        List<Prescription> active = tx.readOnly(em -> activePrescriptions(em, patientId, today));
        Set<String> cis = new HashSet<>();
        active.forEach(p -> p.items().stream().map(Item::drugCis).filter(Objects::nonNull).forEach(cis::add));
        if (cis.isEmpty()) {
            return List.of();
        }
        Map<String, Drug> drugs = knowledge.drugs(cis);
        List<SafetyChecks.OtherDrug> others = new ArrayList<>();
        for (Prescription p : active) {
            for (Item item : p.items()) {
                Drug drug = item.drugCis() == null ? null : drugs.get(item.drugCis());
                if (drug != null) {
                    others.add(new SafetyChecks.OtherDrug(p.id(), drug));
                }
            }
        }
        return others;
    }

    private static List<Prescription> activePrescriptions(EntityManager em, UUID patientId, LocalDate today) {
        return em.createQuery("SELECT p FROM PrescriptionEntity p WHERE p.patientId = :patient AND p.status = :active"
                + " AND (p.endsOn IS NULL OR p.endsOn >= :today) ORDER BY p.signedAt DESC, p.id",
                PrescriptionEntity.class).setParameter("patient", patientId)
                .setParameter("active", PrescriptionStatus.ACTIVE).setParameter("today", today).getResultList()
                .stream().map(PrescriptionEntity::toPrescription).toList();
    }

    /** @throws HygieException 404 when unknown */
    public Prescription get(UUID id) {
        return tx.readOnly(em -> find(em, id, false).toPrescription());
    }

    /** @return the patient's prescriptions, newest first */
    public Page<Prescription> list(UUID patientId, Integer page, Integer size) {
        PageRequest request = PageRequest.of(page, size);
        return tx.readOnly(em -> {
            long total = em.createQuery("SELECT count(p) FROM PrescriptionEntity p WHERE p.patientId = :patient",
                    Long.class).setParameter("patient", patientId).getSingleResult();
            List<Prescription> items = em.createQuery("SELECT p FROM PrescriptionEntity p WHERE p.patientId = :patient"
                    + " ORDER BY p.signedAt DESC, p.id", PrescriptionEntity.class).setParameter("patient", patientId)
                    .setFirstResult(request.offset()).setMaxResults(request.size()).getResultList().stream()
                    .map(PrescriptionEntity::toPrescription).toList();
            return new Page<>(items, total, request.page(), request.size());
        });
    }

    /** @return the lines of the patient's active prescriptions, newest first */
    public List<ActiveMedication> active(UUID patientId) {
        LocalDate today = LocalDate.ofInstant(clock.now(), zone);
        List<Prescription> active = tx.readOnly(em -> activePrescriptions(em, patientId, today));
        List<ActiveMedication> list = new ArrayList<>();
        for (Prescription p : active) {
            p.items().forEach(i -> list.add(new ActiveMedication(p.id(), p.signedAt(), p.prescriberName(), p.endsOn(), i)));
        }
        return list;
    }

    /** @throws HygieException 404, 422 (reason, version), 409 (stopped already, or stale) */
    public Prescription stop(AuthenticatedUser caller, UUID id, StopRequest request) {
        StopRequest r = request == null ? new StopRequest(null, null) : request;
        new Checks().required("reason", r.reason()).maxLength("reason", r.reason(), Overrides.MAX_REASON)
                .required("version", r.version()).throwIfAny();
        Instant now = clock.now();
        return tx.inTransaction(em -> {
            PrescriptionEntity entity = find(em, id, true);
            if (entity.version() != r.version()) {
                throw HygieException.conflict("This prescription was changed since version " + r.version()
                        + "; reload it", Map.of("currentVersion", entity.version()));
            }
            if (entity.status() != PrescriptionStatus.ACTIVE) {
                throw HygieException.conflict("This prescription is stopped already",
                        Map.of("currentStatus", entity.status().name()));
            }
            entity.stop(r.reason().strip(), caller, now);
            em.flush();
            return entity.toPrescription();
        });
    }

    /** A new prescription with the same lines, signed now by the caller through every check. */
    public Prescription renew(AuthenticatedUser caller, UUID id, RenewRequest request) {
        Prescription old = get(id);
        List<ItemInput> items = old.items().stream().map(i -> new ItemInput(i.drugCis(), i.freeText(), i.dose(),
                i.doseUnit(), i.route(), i.frequency(), i.durationDays(), i.boxes(), i.renewals(), i.instructions(),
                i.ald())).toList();
        List<OverrideInput> overrides = request == null ? List.of() : request.overrides();
        return sign(caller, new PrescriptionInput(old.patientId(), items, overrides, old.weightKg()), old.id());
    }

    /** @return the patient as printed, or 404 when the patient is gone from the directory */
    PatientSummary patient(UUID patientId) {
        return patients.byIds(List.of(patientId)).stream().findFirst()
                .orElseThrow(() -> HygieException.notFound("No patient " + patientId));
    }

    private static PrescriptionEntity find(EntityManager em, UUID id, boolean lock) {
        PrescriptionEntity entity = id == null ? null
                : lock ? em.find(PrescriptionEntity.class, id, LockModeType.PESSIMISTIC_WRITE)
                        : em.find(PrescriptionEntity.class, id);
        if (entity == null) {
            throw HygieException.notFound("No prescription " + id);
        }
        return entity;
    }
}
