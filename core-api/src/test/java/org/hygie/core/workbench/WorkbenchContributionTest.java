package org.hygie.core.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.hygie.core.security.Permissions;
import org.hygie.core.security.Role;
import org.junit.jupiter.api.Test;

class WorkbenchContributionTest {

    private static WorkbenchContribution needing(String permission) {
        return new WorkbenchContribution() {
            @Override
            public String id() {
                return "test";
            }

            @Override
            public String label(Locale locale) {
                return "Test";
            }

            @Override
            public String permission() {
                return permission;
            }
        };
    }

    @Test
    void isVisibleTo_shouldFollowTheRolesPermissions() {
        WorkbenchContribution users = needing(Permissions.USERS_MANAGE);
        assertThat(users.isVisibleTo(Role.ADMIN)).isTrue();
        assertThat(users.isVisibleTo(Role.DOCTOR)).isFalse();
        assertThat(users.isVisibleTo(Role.SECRETARY)).isFalse();
    }

    @Test
    void isVisibleTo_shouldShowContributionsWithoutPermissionToEveryRoleButNobody() {
        WorkbenchContribution open = needing(null);
        for (Role role : Role.values()) {
            assertThat(open.isVisibleTo(role)).as(role.name()).isTrue();
        }
        assertThat(open.isVisibleTo(null)).isFalse();
    }
}
