package org.hygie.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.hygie.core.security.AllowedBeforePasswordChange;
import org.hygie.core.security.Public;
import org.junit.jupiter.api.Test;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

/** Who may call what is part of the session contract: login is public, the rest needs a session. */
class SessionApiContractTest {

    private enum Access {
        PUBLIC, PERMIT_ALL_BEFORE_PASSWORD_CHANGE
    }

    private static final Map<String, Access> EXPECTED = Map.of(
            "login", Access.PUBLIC,
            "logout", Access.PERMIT_ALL_BEFORE_PASSWORD_CHANGE,
            "me", Access.PERMIT_ALL_BEFORE_PASSWORD_CHANGE,
            "changePassword", Access.PERMIT_ALL_BEFORE_PASSWORD_CHANGE);

    @Test
    void declaredMethods_shouldBeExactlyTheContractOnes() {
        // a new method must be added to EXPECTED too, so that its access is reviewed
        assertThat(Arrays.stream(SessionApi.class.getDeclaredMethods()).map(Method::getName)
                .collect(Collectors.toSet())).isEqualTo(EXPECTED.keySet());
    }

    @Test
    void everyMethod_shouldCarryExactlyItsExpectedAccess() {
        for (Method m : SessionApi.class.getDeclaredMethods()) {
            Access expected = EXPECTED.get(m.getName());
            boolean isPublic = m.isAnnotationPresent(Public.class);
            boolean permitAll = m.isAnnotationPresent(PermitAll.class);
            boolean beforeChange = m.isAnnotationPresent(AllowedBeforePasswordChange.class);
            assertThat(m.isAnnotationPresent(RolesAllowed.class)).as(m.getName()).isFalse();
            switch (expected) {
            case PUBLIC -> {
                assertThat(isPublic).as(m.getName()).isTrue();
                assertThat(permitAll).as(m.getName()).isFalse();
                assertThat(beforeChange).as(m.getName()).isFalse();
            }
            case PERMIT_ALL_BEFORE_PASSWORD_CHANGE -> {
                assertThat(isPublic).as(m.getName()).isFalse();
                assertThat(permitAll).as(m.getName()).isTrue();
                assertThat(beforeChange).as(m.getName()).isTrue();
            }
            }
        }
    }

    @Test
    void everyMethod_shouldBeAnHttpEndpoint() {
        for (Method m : SessionApi.class.getDeclaredMethods()) {
            boolean http = Arrays.stream(m.getAnnotations())
                    .anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class));
            assertThat(http).as(m.getName()).isTrue();
        }
    }

    @Test
    void type_shouldServeAuthPathWithoutTypeLevelAccess() {
        assertThat(SessionApi.class.getAnnotation(Path.class).value()).isEqualTo(SessionApi.PATH).isEqualTo("/auth");
        // a type-level @Public would open logout/me/password to anonymous callers
        assertThat(SessionApi.class.isAnnotationPresent(Public.class)).isFalse();
        assertThat(SessionApi.class.isAnnotationPresent(PermitAll.class)).isFalse();
        assertThat(SessionApi.class.isAnnotationPresent(RolesAllowed.class)).isFalse();
    }

    @Test
    void toString_shouldNotShowSecrets() {
        assertThat(new Credentials("admin", "secret-password-1").toString()).contains("admin").doesNotContain("secret");
        assertThat(new PasswordChange("secret-old-pass", "secret-new-pass").toString()).doesNotContain("secret");
        assertThat(new LoginResult("secret-token", null, null).toString()).doesNotContain("secret");
    }
}
