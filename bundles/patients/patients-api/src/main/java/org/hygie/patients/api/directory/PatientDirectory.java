package org.hygie.patients.api.directory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hygie.patients.api.PatientAllergies;
import org.hygie.patients.api.PatientSummary;
import org.hygie.patients.api.PatientsApi;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Patients for other areas of the server, which refer to patients by id and must never read the
 * patients area's tables. Implemented by the patients area as an OSGi service; callers check their
 * own caller's permissions first (this service checks none).
 */
@ProviderType
public interface PatientDirectory {
    /**
     * The patients behind a list of ids, as {@link PatientsApi#byIds} answers them.
     *
     * <ul>
     * <li>Should leave out the ids of no patient, and list a patient once whatever the repeats.</li>
     * <li>Should refuse (422 on {@code id}, {@code too_many}) more than {@link PatientsApi#MAX_IDS}
     * distinct ids.</li>
     * </ul>
     *
     * @param ids the patients' ids; null or empty for none
     * @return the patients found, in record-number order
     */
    List<PatientSummary> byIds(Collection<UUID> ids);

    /**
     * What is recorded of a patient's allergies, as {@link PatientsApi#allergies} answers it: for the
     * checks of other areas (a prescription against the patient's allergies).
     *
     * @param patientId the patient
     * @return the statement and every allergy recorded (those entered in error included: use
     *         {@link PatientAllergies#active()}); empty when no patient has this id
     * @since 1.1
     */
    Optional<PatientAllergies> allergies(UUID patientId);

    /**
     * The demo patients (seeded with {@code HYGIE_DEMO=1}), for other areas' demo data.
     *
     * @param max how many at most (at least 0)
     * @return their ids in record-number order; empty when there are none (yet)
     */
    List<UUID> demoPatients(int max);
}
