package org.hygie.core.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

class SqlFailuresTest {
    private static RuntimeException wrapped(String sqlState) {
        return new RuntimeException("could not execute statement",
                new IllegalStateException("JDBC", new SQLException("ERROR: ...", sqlState)));
    }

    @Test
    void sqlState_shouldBeFoundAmongTheCausesAsJpaWrapsIt() {
        SQLException driver = new SQLException("ERROR: conflicting key value violates exclusion constraint",
                SqlFailures.EXCLUSION_VIOLATION);
        RuntimeException wrapped = new RuntimeException("could not execute statement",
                new IllegalStateException("JDBC", driver));
        assertThat((Throwable) SqlFailures.find(wrapped)).isSameAs(driver);
        assertThat(SqlFailures.sqlState(wrapped)).isEqualTo("23P01");
        assertThat(SqlFailures.is(wrapped, SqlFailures.EXCLUSION_VIOLATION)).isTrue();
        assertThat(SqlFailures.is(wrapped, SqlFailures.UNIQUE_VIOLATION)).isFalse();
    }

    @Test
    void sqlState_shouldLookIntoTheNextExceptionsOfABatch() {
        SQLException batch = new SQLException("Batch entry 0 was aborted");
        batch.setNextException(new SQLException("ERROR: duplicate key value", SqlFailures.UNIQUE_VIOLATION));
        assertThat(SqlFailures.is(new RuntimeException(batch), SqlFailures.UNIQUE_VIOLATION)).isTrue();
    }

    @Test
    void sqlState_shouldBeNullWhenNoDatabaseSaidAnything() {
        assertThat(SqlFailures.sqlState(new IllegalStateException("no SQL in it"))).isNull();
        assertThat((Throwable) SqlFailures.find(null)).isNull();
    }

    @Test
    void constants_shouldBePostgreSqlsCodes() {
        // typed once here, against PostgreSQL's appendix "PostgreSQL Error Codes"
        assertThat(SqlFailures.UNIQUE_VIOLATION).isEqualTo("23505");
        assertThat(SqlFailures.FOREIGN_KEY_VIOLATION).isEqualTo("23503");
        assertThat(SqlFailures.DEADLOCK).isEqualTo("40P01");
        assertThat(SqlFailures.SERIALIZATION_FAILURE).isEqualTo("40001");
        assertThat(SqlFailures.CONNECTION_FAILURE).startsWith(SqlFailures.CONNECTION_EXCEPTION_CLASS);
    }

    @Test
    void isRetryable_shouldBeADeadlockOrASerializationFailureOnly() {
        assertThat(SqlFailures.isRetryable(wrapped(SqlFailures.DEADLOCK))).isTrue();
        assertThat(SqlFailures.isRetryable(wrapped(SqlFailures.SERIALIZATION_FAILURE))).isTrue();
        assertThat(SqlFailures.isRetryable(wrapped(SqlFailures.UNIQUE_VIOLATION))).isFalse();
        assertThat(SqlFailures.isRetryable(wrapped(SqlFailures.CONNECTION_FAILURE))).isFalse();
        assertThat(SqlFailures.isRetryable(new IllegalStateException("no SQL in it"))).isFalse();
    }

    @Test
    void isUnavailable_shouldBeWhatALaterTryMayNotMeet() {
        assertThat(SqlFailures.isUnavailable(wrapped(SqlFailures.CONNECTION_FAILURE))).isTrue();
        assertThat(SqlFailures.isUnavailable(wrapped("08001"))).as("any connection exception").isTrue();
        assertThat(SqlFailures.isUnavailable(wrapped(SqlFailures.TOO_MANY_CONNECTIONS))).isTrue();
        assertThat(SqlFailures.isUnavailable(wrapped(SqlFailures.ADMIN_SHUTDOWN))).isTrue();
        assertThat(SqlFailures.isUnavailable(wrapped(SqlFailures.CANNOT_CONNECT_NOW))).isTrue();
        assertThat(SqlFailures.isUnavailable(wrapped(SqlFailures.DEADLOCK))).isTrue();
        assertThat(SqlFailures.isUnavailable(new RuntimeException("Unable to acquire JDBC Connection",
                new SQLTransientConnectionException("Connection is not available")))).as("a pool time-out").isTrue();
        assertThat(SqlFailures.isUnavailable(wrapped(SqlFailures.UNIQUE_VIOLATION))).isFalse();
        assertThat(SqlFailures.isUnavailable(new IllegalStateException("no SQL in it"))).isFalse();
    }

    @Test
    void anyCause_shouldWalkTheCausesAndStopAtACycle() {
        IllegalStateException inner = new IllegalStateException("inner");
        RuntimeException outer = new RuntimeException("outer", new IllegalArgumentException("middle", inner));
        assertThat(SqlFailures.anyCause(outer, t -> t == inner)).isTrue();
        assertThat(SqlFailures.anyCause(outer, UnsupportedOperationException.class::isInstance)).isFalse();
        RuntimeException selfCaused = new RuntimeException("self") {
            @Override
            public synchronized Throwable getCause() {
                return this;
            }
        };
        assertThat(SqlFailures.anyCause(selfCaused, UnsupportedOperationException.class::isInstance)).isFalse();
        assertThat(SqlFailures.anyCause(null, t -> true)).isFalse();
    }
}
