package org.hygie.patients.server.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.hygie.core.problem.Checks;
import org.hygie.core.problem.HygieException;
import org.hygie.patients.api.PatientAllergies;
import org.hygie.patients.api.PatientSummary;
import org.hygie.patients.api.PatientsApi;
import org.hygie.patients.api.directory.PatientDirectory;
import org.hygie.platform.persistence.Transactions;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The patients area's Java service for other areas, and the REST resource's batch look-up: other
 * areas ask here instead of reading {@code patients_patient}.
 */
@Component(service = { PatientDirectory.class, PatientDirectoryService.class })
public class PatientDirectoryService implements PatientDirectory {
    @Reference(target = "(" + Transactions.UNIT_PROPERTY + "=patients)")
    Transactions tx;

    @Reference
    PatientsService patients;

    @Override
    public List<PatientSummary> byIds(Collection<UUID> ids) {
        Set<UUID> wanted = distinct(ids);
        if (wanted.isEmpty()) {
            return List.of();
        }
        return tx.readOnly(em -> em.createQuery("SELECT p FROM PatientEntity p WHERE p.id IN :ids ORDER BY p.mrn",
                PatientEntity.class).setParameter("ids", wanted).getResultList().stream()
                .map(p -> p.toSummary(PatientSummary.Match.ALL)).toList());
    }

    /** @throws org.hygie.core.problem.HygieException 422 on {@code id} beyond {@link PatientsApi#MAX_IDS} */
    static Set<UUID> distinct(Collection<UUID> ids) {
        Set<UUID> wanted = new LinkedHashSet<>();
        if (ids != null) {
            ids.stream().filter(Objects::nonNull).forEach(wanted::add);
        }
        new Checks().require(wanted.size() <= PatientsApi.MAX_IDS, "id", "too_many",
                "At most " + PatientsApi.MAX_IDS + " patients at once (" + wanted.size() + " asked)").throwIfAny();
        return wanted;
    }

    @Override
    public Optional<PatientAllergies> allergies(UUID patientId) {
        if (patientId == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(patients.allergies(patientId));
        } catch (HygieException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public List<UUID> demoPatients(int max) {
        if (max <= 0) {
            return List.of();
        }
        return tx.readOnly(em -> em.createQuery("SELECT p.id FROM PatientEntity p WHERE p.demo = true ORDER BY p.mrn",
                UUID.class).setMaxResults(max).getResultList());
    }
}
