package org.hygie.users.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.hygie.core.security.AuthenticatedUser;
import org.hygie.core.security.Role;
import org.junit.jupiter.api.Test;

class UserEntityTest {
    private static final Instant CREATED = Instant.parse("2026-11-29T08:00:00.000001Z");
    private final AuthenticatedUser admin = new AuthenticatedUser(UUID.randomUUID(), "admin", "Administrateur",
            Role.ADMIN, false);

    @Test
    void anAccount_shouldRecordTheAdministratorWhoCreatedIt() {
        UserEntity user = new UserEntity("dr.martin", "Dr Martin", Role.DOCTOR, "hash", CREATED, admin);
        assertThat(user.audit().createdAt()).isEqualTo(user.audit().updatedAt()).isEqualTo(CREATED);
        assertThat(user.audit().createdBy()).isEqualTo(user.audit().updatedBy()).isEqualTo(admin.userId());
        assertThat(user.toDto(CREATED).createdAt()).isEqualTo(CREATED);
    }

    @Test
    void changes_shouldRecordWhoMadeThem() {
        UserEntity user = new UserEntity("dr.martin", "Dr Martin", Role.DOCTOR, "hash", CREATED, admin);
        user.loggedIn(CREATED.plusSeconds(60));
        assertThat(user.audit().updatedBy()).as("a login: the account itself").isEqualTo(user.id());
        assertThat(user.audit().updatedAt()).isEqualTo(CREATED.plusSeconds(60));
        user.setLockout(new LockoutPolicy.State(1, null), CREATED.plusSeconds(120), UserManager.SYSTEM);
        assertThat(user.audit().updatedBy()).as("a failed login: counted by the platform").isNull();
        user.update("Dr Hélène Martin", Role.DOCTOR, CREATED.plusSeconds(180), admin);
        assertThat(user.audit().updatedBy()).isEqualTo(admin.userId());
        assertThat(user.audit().updatedAt()).isEqualTo(CREATED.plusSeconds(180));
        assertThat(user.audit().createdAt()).isEqualTo(CREATED);
        assertThat(user.audit().createdBy()).isEqualTo(admin.userId());
    }

    @Test
    void theInitialAdministrator_shouldBeCreatedByThePlatform() {
        UserEntity user = new UserEntity("admin", "Administrator", Role.ADMIN, "hash", CREATED, UserManager.SYSTEM);
        assertThat(user.audit().createdBy()).isNull();
        assertThat(user.audit().updatedBy()).isNull();
    }
}
