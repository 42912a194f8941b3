package org.hygie.patients.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.hygie.core.security.Permissions;
import org.hygie.core.security.Public;
import org.hygie.core.security.Role;
import org.junit.jupiter.api.Test;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

/**
 * The permissions of the contract against the capability table of docs/architecture.md#roles: the server
 * enforces and the desktop hides from these annotations, so a wrong one is a security bug.
 */
class PatientsApiContractTest {
    /** Method name → who may call it, from the architecture's capability table. */
    private static final Map<String, Set<Role>> WHO = Map.ofEntries(
            Map.entry("search", EnumSet.of(Role.DOCTOR, Role.BIOLOGIST, Role.SECRETARY)),
            Map.entry("get", EnumSet.of(Role.DOCTOR, Role.BIOLOGIST, Role.SECRETARY)),
            Map.entry("byIds", EnumSet.of(Role.DOCTOR, Role.BIOLOGIST, Role.SECRETARY)),
            Map.entry("create", EnumSet.of(Role.DOCTOR, Role.SECRETARY)),
            Map.entry("duplicates", EnumSet.of(Role.DOCTOR, Role.SECRETARY)),
            Map.entry("update", EnumSet.of(Role.DOCTOR, Role.SECRETARY)),
            Map.entry("allergies", EnumSet.of(Role.DOCTOR, Role.BIOLOGIST)),
            Map.entry("allergyRevisions", EnumSet.of(Role.DOCTOR, Role.BIOLOGIST)),
            Map.entry("addAllergy", EnumSet.of(Role.DOCTOR)),
            Map.entry("correctAllergy", EnumSet.of(Role.DOCTOR)),
            Map.entry("markAllergyEnteredInError", EnumSet.of(Role.DOCTOR)),
            Map.entry("stateNoKnownAllergy", EnumSet.of(Role.DOCTOR)));

    private static Set<Method> methods() {
        return Arrays.stream(PatientsApi.class.getDeclaredMethods()).filter(m -> !m.isSynthetic())
                .collect(Collectors.toSet());
    }

    @Test
    void everyMethod_shouldCarryExactlyOneSecurityAnnotation() {
        for (Method m : methods()) {
            long count = Arrays.asList(RolesAllowed.class, PermitAll.class, Public.class).stream()
                    .filter(m::isAnnotationPresent).count();
            assertThat(count).as(m.getName()).isEqualTo(1);
        }
    }

    @Test
    void everyMethod_shouldBeAllowedToExactlyTheRolesOfTheArchitectureTable() {
        assertThat(methods()).extracting(Method::getName).containsExactlyInAnyOrderElementsOf(WHO.keySet());
        for (Method m : methods()) {
            RolesAllowed allowed = m.getAnnotation(RolesAllowed.class);
            assertThat(allowed).as(m.getName() + " needs a permission, not @PermitAll/@Public").isNotNull();
            Set<Role> roles = EnumSet.noneOf(Role.class);
            for (Role role : Role.values()) {
                if (Arrays.stream(allowed.value()).anyMatch(role::has)) {
                    roles.add(role);
                }
            }
            assertThat(roles).as(m.getName()).isEqualTo(WHO.get(m.getName()));
        }
    }

    @Test
    void roles_shouldMatchTheTableOnThePatientPermissions() {
        // A biologist reads demographics and clinical data but writes neither; a secretary sees no
        // clinical data; an administrator sees no patient data at all.
        assertThat(Role.BIOLOGIST.has(Permissions.PATIENTS_WRITE)).isFalse();
        assertThat(Role.BIOLOGIST.has(Permissions.CLINICAL_WRITE)).isFalse();
        assertThat(Role.SECRETARY.has(Permissions.CLINICAL_READ)).isFalse();
        assertThat(Role.ADMIN.permissions()).noneMatch(p -> p.startsWith("patients.") || p.startsWith("clinical."));
    }

    @Test
    void everyMethod_shouldHaveOneHttpMethodAndNoDelete() {
        for (Method m : methods()) {
            long verbs = Arrays.asList(GET.class, POST.class, PUT.class).stream().filter(m::isAnnotationPresent).count();
            assertThat(verbs).as(m.getName()).isEqualTo(1);
        }
        assertThat(methods()).noneMatch(m -> m.isAnnotationPresent(jakarta.ws.rs.DELETE.class));
    }

    @Test
    void path_shouldBeTheConstantThatTheServerRepeats() {
        assertThat(PatientsApi.class.getAnnotation(Path.class).value()).isEqualTo(PatientsApi.PATH).isEqualTo("/patients");
    }
}
