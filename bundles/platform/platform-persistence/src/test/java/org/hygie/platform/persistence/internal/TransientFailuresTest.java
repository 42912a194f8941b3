package org.hygie.platform.persistence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.hygie.core.problem.SqlFailures;
import org.junit.jupiter.api.Test;

import jakarta.persistence.PersistenceException;

class TransientFailuresTest {
    private static RuntimeException wrapped(String sqlState) {
        // As Hibernate throws them: the driver's exception some causes down.
        return new PersistenceException("could not execute statement",
                new RuntimeException("JDBC", new SQLException("ERROR: ...", sqlState)));
    }

    @Test
    void isTransient_shouldKnowADeadlockAndASerializationFailureAmongTheCauses() {
        assertThat(TransientFailures.isTransient(wrapped(SqlFailures.DEADLOCK))).isTrue();
        assertThat(TransientFailures.isTransient(wrapped(SqlFailures.SERIALIZATION_FAILURE))).isTrue();
    }

    @Test
    void isTransient_shouldNotRetryWhatTheRequestItselfCaused() {
        assertThat(TransientFailures.isTransient(wrapped(SqlFailures.EXCLUSION_VIOLATION))).as("an exclusion violation").isFalse();
        assertThat(TransientFailures.isTransient(wrapped(SqlFailures.UNIQUE_VIOLATION))).as("a unique violation").isFalse();
        assertThat(TransientFailures.isTransient(new IllegalStateException("no SQL in it"))).isFalse();
    }

    @Test
    void sqlState_shouldLookIntoTheNextExceptionsOfABatch() {
        SQLException batch = new SQLException("batch failed");
        batch.setNextException(new SQLException("ERROR: deadlock detected", SqlFailures.DEADLOCK));
        assertThat(TransientFailures.isTransient(new PersistenceException(batch))).isTrue();
    }
}
