package org.hygie.core.security;

/**
 * The capabilities of Hygie, as strings so that they can stand in {@code @RolesAllowed} on the
 * REST contracts: the server enforces them and the desktop hides what they forbid, from one source.
 * Which role holds which permission is decided by {@link Role}.
 */
public final class Permissions {
    public static final String PATIENTS_READ = "patients.read";
    public static final String PATIENTS_WRITE = "patients.write";
    public static final String CLINICAL_READ = "clinical.read";
    public static final String CLINICAL_WRITE = "clinical.write";
    public static final String APPOINTMENTS_READ = "appointments.read";
    public static final String APPOINTMENTS_MANAGE = "appointments.manage";
    public static final String PRESCRIPTIONS_WRITE = "prescriptions.write";
    public static final String LAB_ORDERS_READ = "lab-orders.read";
    public static final String RESULTS_ENTER = "results.enter";
    public static final String RESULTS_VALIDATE = "results.validate";
    public static final String RESULTS_READ_VALIDATED = "results.read-validated";
    public static final String USERS_MANAGE = "users.manage";
    public static final String FEATURES_MANAGE = "features.manage";
    public static final String AUDIT_READ = "audit.read";

    private Permissions() {
    }
}
