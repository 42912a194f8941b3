package org.hygie.platform.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.hygie.core.security.AllowedBeforePasswordChange;
import org.hygie.core.security.AuthenticatedUser;
import org.hygie.core.security.Permissions;
import org.hygie.core.security.Public;
import org.hygie.core.security.Role;
import org.junit.jupiter.api.Test;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

class AccessRuleTest {
    /** A contract as areas write them: the rules live on the interface. */
    interface Contract {
        @Public
        String login();

        @PermitAll
        @AllowedBeforePasswordChange
        String me();

        @RolesAllowed(Permissions.PATIENTS_WRITE)
        String create(String body);

        String forgotten();
    }

    /** The resource implements the contract and repeats none of its annotations. */
    static class Resource implements Contract {
        @Override
        public String login() {
            return "";
        }

        @Override
        public String me() {
            return "";
        }

        @Override
        public String create(String body) {
            return body;
        }

        @Override
        public String forgotten() {
            return "";
        }
    }

    private static AccessRule rule(String name, Class<?>... parameters) throws NoSuchMethodException {
        return AccessRule.of(Resource.class.getMethod(name, parameters), Resource.class);
    }

    private static AuthenticatedUser user(Role role) {
        return new AuthenticatedUser(UUID.randomUUID(), "u", "U", role, false);
    }

    @Test
    void of_shouldReadThePermissionFromTheInterfaceDeclaration() throws Exception {
        AccessRule rule = rule("create", String.class);
        assertThat(rule.kind()).isEqualTo(AccessRule.Kind.PERMISSIONS);
        assertThat(rule.permits(user(Role.SECRETARY))).isTrue();
        assertThat(rule.permits(user(Role.BIOLOGIST))).isFalse();
        assertThat(rule.permits(user(Role.ADMIN))).isFalse();
        assertThat(rule.allowedBeforePasswordChange()).isFalse();
    }

    @Test
    void of_shouldMarkPublicMethods() throws Exception {
        assertThat(rule("login").kind()).isEqualTo(AccessRule.Kind.PUBLIC);
    }

    @Test
    void of_shouldLetAnyAuthenticatedUserCallPermitAllMethods() throws Exception {
        AccessRule rule = rule("me");
        assertThat(rule.kind()).isEqualTo(AccessRule.Kind.AUTHENTICATED);
        assertThat(rule.allowedBeforePasswordChange()).isTrue();
        for (Role role : Role.values()) {
            assertThat(rule.permits(user(role))).isTrue();
        }
    }

    @Test
    void of_shouldRefuseEveryoneWhenAMethodDeclaresNoRule() throws Exception {
        AccessRule rule = rule("forgotten");
        assertThat(rule.kind()).isEqualTo(AccessRule.Kind.DENIED);
        for (Role role : Role.values()) {
            assertThat(rule.permits(user(role))).isFalse();
        }
    }
}
