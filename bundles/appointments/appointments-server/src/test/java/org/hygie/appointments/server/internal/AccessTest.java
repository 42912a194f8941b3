package org.hygie.appointments.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.hygie.core.security.AuthenticatedUser;
import org.hygie.core.security.Role;
import org.junit.jupiter.api.Test;

class AccessTest {
    private static final UUID DOCTOR_ID = UUID.randomUUID();

    private static AuthenticatedUser user(UUID id, Role role) {
        return new AuthenticatedUser(id, "u", "U", role, false);
    }

    @Test
    void agenda_shouldLetSecretariesEverywhereAndDoctorsHomeOnly() {
        assertThat(Access.agenda(user(UUID.randomUUID(), Role.SECRETARY), DOCTOR_ID)).isTrue();
        assertThat(Access.agenda(user(DOCTOR_ID, Role.DOCTOR), DOCTOR_ID)).isTrue();
        assertThat(Access.agenda(user(UUID.randomUUID(), Role.DOCTOR), DOCTOR_ID)).isFalse();
        assertThat(Access.agenda(user(DOCTOR_ID, Role.ADMIN), DOCTOR_ID)).isFalse();
        assertThat(Access.agenda(user(UUID.randomUUID(), Role.BIOLOGIST), DOCTOR_ID)).isFalse();
    }

    @Test
    void editHours_shouldBeForAdminsAndTheDoctorHimself() {
        assertThat(Access.editHours(user(UUID.randomUUID(), Role.ADMIN), DOCTOR_ID)).isTrue();
        assertThat(Access.editHours(user(DOCTOR_ID, Role.DOCTOR), DOCTOR_ID)).isTrue();
        assertThat(Access.editHours(user(UUID.randomUUID(), Role.DOCTOR), DOCTOR_ID)).isFalse();
        assertThat(Access.editHours(user(UUID.randomUUID(), Role.SECRETARY), DOCTOR_ID)).isFalse();
    }

    @Test
    void requireEditHours_shouldRefuseAnotherDoctorsHoursAt403() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Access.requireEditHours(user(UUID.randomUUID(),
                Role.DOCTOR), DOCTOR_ID)).isInstanceOfSatisfying(org.hygie.core.problem.HygieException.class,
                        e -> assertThat(e.status()).isEqualTo(403));
        Access.requireEditHours(user(DOCTOR_ID, Role.DOCTOR), DOCTOR_ID);
    }
}
