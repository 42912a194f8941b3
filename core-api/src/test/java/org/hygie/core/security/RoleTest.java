package org.hygie.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hygie.core.security.Permissions.*;

import org.junit.jupiter.api.Test;

/** The capability table of the architecture map, row by row. */
class RoleTest {
    @Test
    void demographics_shouldBeReadByCareRolesAndNotByAdmin() {
        assertThat(Role.DOCTOR.has(PATIENTS_READ)).isTrue();
        assertThat(Role.BIOLOGIST.has(PATIENTS_READ)).isTrue();
        assertThat(Role.SECRETARY.has(PATIENTS_READ)).isTrue();
        assertThat(Role.ADMIN.has(PATIENTS_READ)).isFalse();
    }

    @Test
    void demographics_shouldBeWrittenByDoctorAndSecretaryOnly() {
        assertThat(Role.DOCTOR.has(PATIENTS_WRITE)).isTrue();
        assertThat(Role.SECRETARY.has(PATIENTS_WRITE)).isTrue();
        assertThat(Role.BIOLOGIST.has(PATIENTS_WRITE)).isFalse();
        assertThat(Role.ADMIN.has(PATIENTS_WRITE)).isFalse();
    }

    @Test
    void clinicalData_shouldBeWrittenByDoctorAndReadByBiologist() {
        assertThat(Role.DOCTOR.has(CLINICAL_WRITE)).isTrue();
        assertThat(Role.BIOLOGIST.has(CLINICAL_READ)).isTrue();
        assertThat(Role.BIOLOGIST.has(CLINICAL_WRITE)).isFalse();
        assertThat(Role.SECRETARY.has(CLINICAL_READ)).isFalse();
        assertThat(Role.ADMIN.has(CLINICAL_READ)).isFalse();
    }

    @Test
    void administration_shouldBelongToAdminAlone() {
        for (Role role : Role.values()) {
            assertThat(role.has(USERS_MANAGE)).as(role.name()).isEqualTo(role == Role.ADMIN);
        }
    }

    @Test
    void labResults_shouldBeEnteredByBiologistAndReadValidatedByDoctor() {
        assertThat(Role.BIOLOGIST.has(RESULTS_ENTER)).isTrue();
        assertThat(Role.BIOLOGIST.has(RESULTS_VALIDATE)).isTrue();
        assertThat(Role.DOCTOR.has(RESULTS_ENTER)).isFalse();
        assertThat(Role.DOCTOR.has(RESULTS_READ_VALIDATED)).isTrue();
        assertThat(Role.SECRETARY.has(RESULTS_READ_VALIDATED)).isFalse();
    }

    @Test
    void agendas_shouldBeEveryDoctorsForSecretaryAndOnesOwnForDoctor() {
        for (Role role : Role.values()) {
            assertThat(role.has(APPOINTMENTS_MANAGE)).as(role.name()).isEqualTo(role == Role.DOCTOR
                    || role == Role.SECRETARY);
            assertThat(role.has(APPOINTMENTS_ANY_AGENDA)).as(role.name()).isEqualTo(role == Role.SECRETARY);
        }
    }

    @Test
    void workingHours_shouldBeReadByWhoBooksOrSetsThemAndSetByAdminOrTheDoctorHimself() {
        for (Role role : Role.values()) {
            assertThat(role.has(WORKING_HOURS_READ)).as(role.name()).isEqualTo(role != Role.BIOLOGIST);
            assertThat(role.has(WORKING_HOURS_MANAGE_ANY)).as(role.name()).isEqualTo(role == Role.ADMIN);
            assertThat(role.has(WORKING_HOURS_MANAGE_OWN)).as(role.name()).isEqualTo(role == Role.DOCTOR);
        }
    }
}
