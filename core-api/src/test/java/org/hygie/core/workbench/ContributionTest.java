package org.hygie.core.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.hygie.core.security.Permissions;
import org.hygie.core.security.Role;
import org.junit.jupiter.api.Test;

class ContributionTest {

    @Test
    void from_shouldReadTheDeclaredProperties() {
        assertThat(Contribution.from(Map.of(Contribution.ID, "users", Contribution.LABEL, "label",
                Contribution.PERMISSION, Permissions.USERS_MANAGE, Contribution.ORDER, 90)))
                .contains(new Contribution("users", "label", Permissions.USERS_MANAGE, 90));
        assertThat(Contribution.from(Map.of(Contribution.ID, "open", Contribution.LABEL, "label",
                Contribution.PERMISSION, "", Contribution.ORDER, "7")))
                .contains(new Contribution("open", "label", null, 7));
        assertThat(Contribution.from(Map.of(Contribution.ID, "plain", Contribution.LABEL, "label")))
                .contains(new Contribution("plain", "label", null, Contribution.DEFAULT_ORDER));
    }

    @Test
    void from_shouldRefuseADeclarationWithoutIdOrLabelOrWithABadOrder() {
        assertThat(Contribution.from(Map.of(Contribution.LABEL, "label"))).isEmpty();
        assertThat(Contribution.from(Map.of(Contribution.ID, "x", Contribution.LABEL, " "))).isEmpty();
        assertThat(Contribution.from(Map.of(Contribution.ID, "x", Contribution.LABEL, "label", Contribution.ORDER,
                "first"))).isEmpty();
    }

    @Test
    void isVisibleTo_shouldFollowTheRolesPermissions() {
        Contribution users = new Contribution("users", "label", Permissions.USERS_MANAGE, 90);
        assertThat(users.isVisibleTo(Role.ADMIN)).isTrue();
        assertThat(users.isVisibleTo(Role.DOCTOR)).isFalse();
        assertThat(users.isVisibleTo(Role.SECRETARY)).isFalse();
    }

    @Test
    void isVisibleTo_shouldShowContributionsWithoutPermissionToEveryRoleButNobody() {
        Contribution open = new Contribution("open", "label", null, 1);
        for (Role role : Role.values()) {
            assertThat(open.isVisibleTo(role)).as(role.name()).isTrue();
        }
        assertThat(open.isVisibleTo(null)).isFalse();
    }

    @Test
    void navigationOrder_shouldSortByOrderThenId() {
        Contribution b = new Contribution("b", "l", null, 10);
        Contribution a = new Contribution("a", "l", null, 10);
        Contribution first = new Contribution("z", "l", null, 1);
        assertThat(java.util.stream.Stream.of(b, a, first).sorted(Contribution.NAVIGATION_ORDER))
                .containsExactly(first, a, b);
    }
}
