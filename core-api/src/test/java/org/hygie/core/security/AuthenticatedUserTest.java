package org.hygie.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class AuthenticatedUserTest {
    @Test
    void system_shouldRecordItsNameAndNoUserId() {
        AuthenticatedUser system = AuthenticatedUser.system("Hygie demo");
        assertThat(system.isSystem()).isTrue();
        assertThat(system.recordedId()).isNull();
        assertThat(system.name()).isEqualTo("Hygie demo");
        assertThat(system.can(Permissions.PATIENTS_WRITE)).isTrue();
        assertThat(system.can(Permissions.USERS_MANAGE)).isTrue();
    }

    @Test
    void aUser_shouldRecordItsIdAndDisplayName_andHoldItsRolesPermissionsOnly() {
        UUID id = UUID.randomUUID();
        AuthenticatedUser doctor = new AuthenticatedUser(id, "dr.martin", "Dr Martin", Role.DOCTOR, false);
        assertThat(doctor.isSystem()).isFalse();
        assertThat(doctor.recordedId()).isEqualTo(id);
        assertThat(doctor.name()).isEqualTo("Dr Martin");
        assertThat(doctor.can(Permissions.PATIENTS_WRITE)).isTrue();
        assertThat(doctor.can(Permissions.USERS_MANAGE)).isFalse();
    }

    @Test
    void name_shouldFallBackToTheUsernameWithoutADisplayName() {
        UUID id = UUID.randomUUID();
        assertThat(new AuthenticatedUser(id, "dr.martin", " ", Role.DOCTOR, false).name()).isEqualTo("dr.martin");
        assertThat(new AuthenticatedUser(id, "dr.martin", null, Role.DOCTOR, false).name()).isEqualTo("dr.martin");
    }
}
