package org.hygie.patients.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.hygie.core.security.AuthenticatedUser;
import org.hygie.core.security.Role;
import org.junit.jupiter.api.Test;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;

class PatientsServiceTest {
    @Test
    void isOptimisticLockFailure_shouldFindTheJpaExceptionWhenWrapped() {
        assertThat(PatientsService.isOptimisticLockFailure(new OptimisticLockException("stale"))).isTrue();
        assertThat(PatientsService.isOptimisticLockFailure(
                new RollbackException("commit failed", new OptimisticLockException("stale")))).isTrue();
    }

    @Test
    void isOptimisticLockFailure_shouldIgnoreOtherFailures() {
        assertThat(PatientsService.isOptimisticLockFailure(new IllegalStateException("boom",
                new RuntimeException("constraint")))).isFalse();
    }

    @Test
    void actor_shouldFallBackToTheUsernameWithoutDisplayName() {
        UUID id = UUID.randomUUID();
        assertThat(Actor.of(new AuthenticatedUser(id, "dr.martin", " ", Role.DOCTOR, false)))
                .isEqualTo(new Actor(id, "dr.martin"));
        assertThat(Actor.of(new AuthenticatedUser(id, "dr.martin", "Dr Martin", Role.DOCTOR, false)).name())
                .isEqualTo("Dr Martin");
    }
}
