package org.hygie.patients.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

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
}
