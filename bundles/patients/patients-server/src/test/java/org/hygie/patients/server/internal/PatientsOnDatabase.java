package org.hygie.patients.server.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.hygie.core.security.AuthenticatedUser;
import org.hygie.patients.api.AllergyInput;
import org.hygie.patients.api.AllergySeverity;
import org.hygie.patients.api.PatientInput;
import org.hygie.patients.api.directory.PatientDirectory;
import org.hygie.patients.api.Sex;
import org.hygie.platform.persistence.Transactions;

/**
 * The patients area on a test database, for the database tests of areas that refer to patients
 * (appointments): published in this module's test-jar.
 */
public final class PatientsOnDatabase {
    private static final AuthenticatedUser REGISTRAR = AuthenticatedUser.system("Test registrar");
    private final PatientsService service = new PatientsService();

    private final PatientDirectoryService directory = new PatientDirectoryService();

    public PatientsOnDatabase(Transactions patientsTx) {
        service.tx = patientsTx;
        directory.tx = patientsTx;
        directory.patients = service;
    }

    /** @return the patients area's service for other areas, on this database */
    public PatientDirectory directory() {
        return directory;
    }

    /** Records an allergy as a clinician would, in free text. */
    public void allergy(UUID patientId, String substance, AllergySeverity severity) {
        service.addAllergy(REGISTRAR, patientId, new AllergyInput(substance, null, severity));
    }

    /** @return the id of a new patient record */
    public UUID create(String lastName, String firstName, LocalDate birthDate) {
        return service.create(REGISTRAR, new PatientInput(lastName, firstName, birthDate, Sex.FEMALE, null, null, null,
                null, null), false).patient().id();
    }
}
