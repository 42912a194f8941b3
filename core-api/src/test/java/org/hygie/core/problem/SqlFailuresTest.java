package org.hygie.core.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

class SqlFailuresTest {
    @Test
    void sqlState_shouldBeFoundAmongTheCausesAsJpaWrapsIt() {
        SQLException driver = new SQLException("ERROR: conflicting key value violates exclusion constraint", "23P01");
        RuntimeException wrapped = new RuntimeException("could not execute statement",
                new IllegalStateException("JDBC", driver));
        assertThat((Throwable) SqlFailures.find(wrapped)).isSameAs(driver);
        assertThat(SqlFailures.sqlState(wrapped)).isEqualTo(SqlFailures.EXCLUSION_VIOLATION);
        assertThat(SqlFailures.is(wrapped, SqlFailures.EXCLUSION_VIOLATION)).isTrue();
        assertThat(SqlFailures.is(wrapped, SqlFailures.UNIQUE_VIOLATION)).isFalse();
    }

    @Test
    void sqlState_shouldLookIntoTheNextExceptionsOfABatch() {
        SQLException batch = new SQLException("Batch entry 0 was aborted");
        batch.setNextException(new SQLException("ERROR: duplicate key value", "23505"));
        assertThat(SqlFailures.is(new RuntimeException(batch), SqlFailures.UNIQUE_VIOLATION)).isTrue();
    }

    @Test
    void sqlState_shouldBeNullWhenNoDatabaseSaidAnything() {
        assertThat(SqlFailures.sqlState(new IllegalStateException("no SQL in it"))).isNull();
        assertThat((Throwable) SqlFailures.find(null)).isNull();
    }
}
