package org.hygie.prescriptions.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.hygie.core.security.Role;
import org.junit.jupiter.api.Test;

import jakarta.annotation.security.RolesAllowed;

/**
 * The permissions of the prescriptions contracts against the capability table: doctors write and
 * read prescriptions; doctors and biologists read lab orders and a patient's active medications;
 * secretaries and administrators none.
 */
class PrescriptionsApiContractTest {
    private static final Set<Role> DOCTOR = EnumSet.of(Role.DOCTOR);
    private static final Set<Role> CLINICIANS = EnumSet.of(Role.DOCTOR, Role.BIOLOGIST);
    private static final Map<String, Set<Role>> WHO = Map.ofEntries(
            Map.entry("PrescriptionsApi.create", DOCTOR),
            Map.entry("PrescriptionsApi.get", DOCTOR),
            Map.entry("PrescriptionsApi.stop", DOCTOR),
            Map.entry("PrescriptionsApi.renew", DOCTOR),
            Map.entry("PrescriptionsApi.pdf", DOCTOR),
            Map.entry("PatientPrescriptionsApi.list", DOCTOR),
            Map.entry("PatientPrescriptionsApi.active", CLINICIANS),
            Map.entry("LabOrdersApi.create", DOCTOR),
            Map.entry("LabOrdersApi.list", CLINICIANS),
            Map.entry("LabOrdersApi.get", CLINICIANS),
            Map.entry("LabOrdersApi.cancel", DOCTOR),
            Map.entry("LabOrdersApi.pdf", CLINICIANS),
            Map.entry("PatientLabOrdersApi.list", CLINICIANS));

    @Test
    void everyMethod_shouldBeAllowedByAPermissionToExactlyTheRolesOfTheTable() {
        Set<String> seen = new HashSet<>();
        for (Class<?> api : new Class<?>[] { PrescriptionsApi.class, PatientPrescriptionsApi.class,
                LabOrdersApi.class, PatientLabOrdersApi.class }) {
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
