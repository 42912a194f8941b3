package org.hygie.prescriptions.server.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.hygie.core.paging.Page;
import org.hygie.core.paging.PageRequest;
import org.hygie.core.problem.Checks;
import org.hygie.core.problem.FieldError;
import org.hygie.core.problem.HygieException;
import org.hygie.core.security.AuthenticatedUser;
import org.hygie.patients.api.directory.PatientDirectory;
import org.hygie.platform.persistence.DatabaseClock;
import org.hygie.platform.persistence.Transactions;
import org.hygie.prescriptions.api.Cancellation;
import org.hygie.prescriptions.api.LabOrder;
import org.hygie.prescriptions.api.LabOrderInput;
import org.hygie.prescriptions.api.LabOrderState;
import org.hygie.prescriptions.api.OrderedTest;
import org.hygie.prescriptions.api.orders.LabOrderStates;
import org.hygie.terminology.api.LabTest;
import org.hygie.terminology.api.knowledge.MedicationKnowledge;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

/**
 * Lab orders: ordered and cancelled by doctors, read by doctors and biologists, moved forward by the
 * results area through {@link LabOrderStates}.
 */
@Component(service = { LabOrdersService.class, LabOrderStates.class })
public class LabOrdersService implements LabOrderStates {
    @Reference(target = "(" + Transactions.UNIT_PROPERTY + "=prescriptions)")
    Transactions tx;

    @Reference
    MedicationKnowledge knowledge;

    @Reference
    PatientDirectory patients;

    DatabaseClock clock = DatabaseClock.systemUTC();

    /** @throws HygieException 422 for invalid fields, an unknown patient or test */
    public LabOrder create(AuthenticatedUser caller, LabOrderInput input) {
        Checks checks = new Checks();
        checks.required("patientId", input.patientId());
        checks.required("priority", input.priority());
        checks.maxLength("clinicalInfo", input.clinicalInfo(), 2000);
        List<String> asked = input.tests() == null ? List.of() : input.tests();
        Set<String> codes = new LinkedHashSet<>();
        for (int i = 0; i < asked.size(); i++) {
            String code = ItemRules.blankToNull(asked.get(i));
            if (code == null) {
                checks.reject("tests[" + i + "]", "required", "tests[" + i + "] is empty");
            } else {
                codes.add(code);
            }
        }
        checks.require(!asked.isEmpty(), "tests", "required", "A lab order has at least one test");
        checks.require(codes.size() <= LabOrderInput.MAX_TESTS, "tests", "too_many",
                "A lab order has at most " + LabOrderInput.MAX_TESTS + " tests");
        checks.throwIfAny();
        Map<String, LabTest> known = knowledge.labTests(codes);
        List<OrderedTest> tests = new ArrayList<>();
        for (int i = 0; i < asked.size(); i++) {
            String code = asked.get(i).strip();
            LabTest test = known.get(code);
            if (test == null) {
                checks.reject("tests[" + i + "]", "unknown_test", "No lab test of the catalogue has the LOINC code " + code);
            } else if (tests.stream().noneMatch(t -> t.loinc().equals(code))) {
                tests.add(new OrderedTest(test.loinc(), test.name(), test.specimen(), test.unit()));
            }
        }
        checks.throwIfAny();
        if (patients.byIds(List.of(input.patientId())).isEmpty()) {
            throw HygieException.validation(List.of(new FieldError("patientId", "unknown_patient",
                    "No patient " + input.patientId())));
        }
        Instant now = clock.now();
        UUID id = UUID.randomUUID();
        return tx.inTransaction(em -> {
            LabOrderEntity entity = new LabOrderEntity(id, input.patientId(), caller, now, input.priority(),
                    ItemRules.blankToNull(input.clinicalInfo()), tests);
            em.persist(entity);
            em.flush();
            return entity.toLabOrder();
        });
    }

    /** @throws HygieException 404 when unknown */
    public LabOrder get(UUID id) {
        return tx.readOnly(em -> find(em, id, false).toLabOrder());
    }

    @Override
    public Optional<LabOrder> find(UUID orderId) {
        if (orderId == null) {
            return Optional.empty();
        }
        return tx.readOnly(em -> Optional.ofNullable(em.find(LabOrderEntity.class, orderId))
                .map(LabOrderEntity::toLabOrder));
    }

    /** The worklist: STAT first, then URGENT, then ROUTINE; oldest first within a priority. */
    public Page<LabOrder> list(LabOrderState state, Integer page, Integer size) {
        return page(state == null ? "" : " WHERE o.state = :state", state == null ? Map.of() : Map.of("state", state),
                " ORDER BY CASE o.priority WHEN org.hygie.prescriptions.api.LabPriority.STAT THEN 0 "
                        + "WHEN org.hygie.prescriptions.api.LabPriority.URGENT THEN 1 ELSE 2 END, o.orderedAt, o.id",
                PageRequest.of(page, size));
    }

    /** @return the patient's orders, newest first */
    public Page<LabOrder> forPatient(UUID patientId, Integer page, Integer size) {
        return page(" WHERE o.patientId = :patient", Map.of("patient", patientId), " ORDER BY o.orderedAt DESC, o.id",
                PageRequest.of(page, size));
    }

    private Page<LabOrder> page(String where, Map<String, Object> params, String order, PageRequest request) {
        return tx.readOnly(em -> {
            TypedQuery<Long> count = em.createQuery("SELECT count(o) FROM LabOrderEntity o" + where, Long.class);
            TypedQuery<LabOrderEntity> query = em.createQuery("SELECT o FROM LabOrderEntity o" + where + order,
                    LabOrderEntity.class);
            params.forEach((k, v) -> {
                count.setParameter(k, v);
                query.setParameter(k, v);
            });
            List<LabOrder> items = query.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList()
                    .stream().map(LabOrderEntity::toLabOrder).toList();
            return new Page<>(items, count.getSingleResult(), request.page(), request.size());
        });
    }

    /** @throws HygieException 404, 422 (reason, version), 409 (results out, cancelled already, stale) */
    public LabOrder cancel(AuthenticatedUser caller, UUID id, Cancellation cancellation) {
        Cancellation c = cancellation == null ? new Cancellation(null, null) : cancellation;
        new Checks().required("reason", c.reason()).maxLength("reason", c.reason(), Overrides.MAX_REASON)
                .required("version", c.version()).throwIfAny();
        Instant now = clock.now();
        return tx.inTransaction(em -> {
            LabOrderEntity entity = find(em, id, true);
            requireVersion(entity, c.version());
            LabOrderTransitions.requireCancellable(entity.state());
            entity.cancel(c.reason().strip(), caller, now);
            em.flush();
            return entity.toLabOrder();
        });
    }

    @Override
    public LabOrder moveTo(AuthenticatedUser by, UUID orderId, LabOrderState state, long version) {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(state, "state");
        Instant now = clock.now();
        return tx.inTransaction(em -> {
            LabOrderEntity entity = find(em, orderId, true);
            requireVersion(entity, version);
            LabOrderTransitions.requireForward(entity.state(), state);
            entity.moveTo(state, by, now);
            em.flush();
            return entity.toLabOrder();
        });
    }

    private static void requireVersion(LabOrderEntity entity, long version) {
        if (entity.version() != version) {
            throw HygieException.conflict("This lab order was changed since version " + version + "; reload it",
                    Map.of("currentVersion", entity.version()));
        }
    }

    private static LabOrderEntity find(EntityManager em, UUID id, boolean lock) {
        LabOrderEntity entity = id == null ? null
                : lock ? em.find(LabOrderEntity.class, id, LockModeType.PESSIMISTIC_WRITE)
                        : em.find(LabOrderEntity.class, id);
        if (entity == null) {
            throw HygieException.notFound("No lab order " + id);
        }
        return entity;
    }
}
