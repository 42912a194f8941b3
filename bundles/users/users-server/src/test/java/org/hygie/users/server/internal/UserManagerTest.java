package org.hygie.users.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.hygie.core.problem.FieldRules;
import org.hygie.users.api.PasswordReset;
import org.hygie.users.api.UserRules;
import org.hygie.core.problem.SqlFailures;
import org.junit.jupiter.api.Test;

class UserManagerTest {

    @Test
    void escapeLike_shouldMakeWildcardsLiteral() {
        assertThat(UserManager.escapeLike("50%_a!b")).isEqualTo("50!%!_a!!b");
    }

    @Test
    void isUniqueViolation_shouldFindTheSqlStateInTheCauses() {
        RuntimeException wrapped = new RuntimeException("flush failed",
                new IllegalStateException(new SQLException("duplicate key", SqlFailures.UNIQUE_VIOLATION)));
        assertThat(UserManager.isUniqueViolation(wrapped)).isTrue();
        assertThat(UserManager.isUniqueViolation(new RuntimeException(new SQLException("fk", SqlFailures.FOREIGN_KEY_VIOLATION)))).isFalse();
        assertThat(UserManager.isUniqueViolation(new RuntimeException("no cause"))).isFalse();
    }

    @Test
    void demoAccounts_shouldHoldTheRequiredRolesAndValidNames() {
        assertThat(DemoUsers.ACCOUNTS).extracting(UserManager.DemoAccount::username)
                .contains("admin", "dr.martin", "bio.durand", "sec.petit")
                .allMatch(UserRules::isUsername);
        assertThat(DemoUsers.ACCOUNTS.stream().filter(a -> a.role() == org.hygie.core.security.Role.DOCTOR))
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(FieldRules.check(new PasswordReset(DemoUsers.PASSWORD))).isEmpty();
    }
}
