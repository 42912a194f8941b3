package org.hygie.core.security;

import static org.hygie.core.security.Permissions.*;

import java.util.Set;

/**
 * The four roles of Hygie and what each may do (the capability table of docs/architecture.md#roles).
 * An administrator manages the system and sees no patient data; he sets up the doctors' working
 * hours without seeing any agenda. A doctor works on his own agenda and hours only.
 */
public enum Role {
    DOCTOR(PATIENTS_READ, PATIENTS_WRITE, CLINICAL_READ, CLINICAL_WRITE, APPOINTMENTS_READ, APPOINTMENTS_MANAGE,
            WORKING_HOURS_READ, WORKING_HOURS_MANAGE_OWN, TERMINOLOGY_READ, PRESCRIPTIONS_WRITE, MEDICATIONS_READ_ACTIVE,
            LAB_ORDERS_READ, RESULTS_READ_VALIDATED),
    BIOLOGIST(PATIENTS_READ, CLINICAL_READ, TERMINOLOGY_READ, MEDICATIONS_READ_ACTIVE, LAB_ORDERS_READ, RESULTS_ENTER, RESULTS_VALIDATE, RESULTS_READ_VALIDATED),
    SECRETARY(PATIENTS_READ, PATIENTS_WRITE, APPOINTMENTS_READ, APPOINTMENTS_MANAGE, APPOINTMENTS_ANY_AGENDA,
            WORKING_HOURS_READ),
    ADMIN(USERS_MANAGE, FEATURES_MANAGE, AUDIT_READ, WORKING_HOURS_READ, WORKING_HOURS_MANAGE_ANY);

    private final Set<String> permissions;

    Role(String... permissions) {
        this.permissions = Set.of(permissions);
    }

    /** @return the permissions of this role, never null. */
    public Set<String> permissions() {
        return permissions;
    }

    /** @return whether this role holds the permission. */
    public boolean has(String permission) {
        return permissions.contains(permission);
    }
}
