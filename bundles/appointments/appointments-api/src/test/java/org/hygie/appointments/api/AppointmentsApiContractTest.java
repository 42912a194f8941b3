package org.hygie.appointments.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.hygie.core.security.Role;
import org.junit.jupiter.api.Test;

import jakarta.annotation.security.RolesAllowed;

/**
 * The permissions of the appointments contracts against the capability table: every method names
 * a permission (no {@code @PermitAll} left to a role check in the service), held by exactly these
 * roles. Whose agenda or hours within that is the service's ownership rule.
 */
class AppointmentsApiContractTest {
    private static final Set<Role> BOOKING = EnumSet.of(Role.DOCTOR, Role.SECRETARY);
    private static final Map<String, Set<Role>> WHO = Map.of(
            "AppointmentsApi.list", BOOKING,
            "AppointmentsApi.freeSlot", BOOKING,
            "AppointmentsApi.create", BOOKING,
            "AppointmentsApi.get", BOOKING,
            "AppointmentsApi.update", BOOKING,
            "AppointmentsApi.changeStatus", BOOKING,
            "DoctorsApi.list", BOOKING,
            "DoctorsApi.allWorkingHours", EnumSet.of(Role.DOCTOR, Role.SECRETARY, Role.ADMIN),
            "DoctorsApi.workingHours", EnumSet.of(Role.DOCTOR, Role.SECRETARY, Role.ADMIN),
            "DoctorsApi.setWorkingHours", EnumSet.of(Role.DOCTOR, Role.ADMIN));

    @Test
    void everyMethod_shouldBeAllowedByAPermissionToExactlyTheRolesOfTheTable() {
        Set<String> seen = new java.util.HashSet<>();
        for (Class<?> api : new Class<?>[] { AppointmentsApi.class, DoctorsApi.class }) {
            for (Method m : api.getDeclaredMethods()) {
                if (m.isSynthetic()) {
                    continue;
                }
                String name = api.getSimpleName() + "." + m.getName();
                seen.add(name);
                RolesAllowed allowed = m.getAnnotation(RolesAllowed.class);
                assertThat(allowed).as(name + " needs a permission").isNotNull();
                Set<Role> roles = EnumSet.noneOf(Role.class);
                for (Role role : Role.values()) {
                    if (Arrays.stream(allowed.value()).anyMatch(role::has)) {
                        roles.add(role);
                    }
                }
                assertThat(roles).as(name).isEqualTo(WHO.get(name));
            }
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(WHO.keySet());
    }
}
