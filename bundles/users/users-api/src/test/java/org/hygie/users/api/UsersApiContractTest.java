package org.hygie.users.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.hygie.core.security.AllowedBeforePasswordChange;
import org.hygie.core.security.Permissions;
import org.hygie.core.security.Public;
import org.junit.jupiter.api.Test;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

/** The permissions of user administration are part of its contract: administrators only. */
class UsersApiContractTest {

    private static final Set<String> METHODS = Set.of("list", "create", "get", "update", "deactivate",
            "resetPassword", "unlock");

    @Test
    void everyMethod_shouldRequireUsersManageAndNothingElse() {
        for (Method m : UsersApi.class.getDeclaredMethods()) {
            assertThat(m.getAnnotation(RolesAllowed.class)).as(m.getName()).isNotNull();
            assertThat(m.getAnnotation(RolesAllowed.class).value()).as(m.getName())
                    .containsExactly(Permissions.USERS_MANAGE);
            assertThat(m.isAnnotationPresent(PermitAll.class)).as(m.getName()).isFalse();
            assertThat(m.isAnnotationPresent(Public.class)).as(m.getName()).isFalse();
            // a user who must change their password has no business administering accounts
            assertThat(m.isAnnotationPresent(AllowedBeforePasswordChange.class)).as(m.getName()).isFalse();
        }
    }

    @Test
    void declaredMethods_shouldBeExactlyTheContractOnes() {
        // a new method must be added here too, so that its permission is reviewed
        assertThat(Arrays.stream(UsersApi.class.getDeclaredMethods()).map(Method::getName)
                .collect(Collectors.toSet())).isEqualTo(METHODS);
    }

    @Test
    void everyMethod_shouldBeAnHttpEndpoint() {
        for (Method m : UsersApi.class.getDeclaredMethods()) {
            boolean http = Arrays.stream(m.getAnnotations())
                    .anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class));
            assertThat(http).as(m.getName()).isTrue();
        }
    }

    @Test
    void type_shouldServeUsersPathAndNotBePublic() {
        assertThat(UsersApi.class.getAnnotation(Path.class).value()).isEqualTo(UsersApi.PATH).isEqualTo("/users");
        assertThat(UsersApi.class.isAnnotationPresent(Public.class)).isFalse();
        assertThat(UsersApi.class.isAnnotationPresent(PermitAll.class)).isFalse();
    }

    @Test
    void toString_shouldNotShowPasswords() {
        assertThat(new NewUser("dr.x", "Dr X", null, "secret-password-1").toString()).doesNotContain("secret");
        assertThat(new PasswordReset("secret-password-1").toString()).doesNotContain("secret");
        assertThat(new PasswordResetResult(null, "secret-password-1").toString()).doesNotContain("secret");
    }
}
