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
    /**
     * Reads and manages every doctor's agenda (with {@link #APPOINTMENTS_READ} and
     * {@link #APPOINTMENTS_MANAGE}); without it, a caller works on his own agenda only.
     */
    public static final String APPOINTMENTS_ANY_AGENDA = "appointments.any-agenda";
    /** Reads the doctors' weekly working hours: those who book, and those who set them. */
    public static final String WORKING_HOURS_READ = "working-hours.read";
    /** Changes one's own weekly working hours (a doctor). */
    public static final String WORKING_HOURS_MANAGE_OWN = "working-hours.manage-own";
    /** Changes any doctor's weekly working hours. */
    public static final String WORKING_HOURS_MANAGE_ANY = "working-hours.manage-any";
    /** Reads the shipped catalogues (drugs, allergens, lab tests): those who prescribe or analyse. */
    public static final String TERMINOLOGY_READ = "terminology.read";
    public static final String PRESCRIPTIONS_WRITE = "prescriptions.write";
    /** Reads a patient's active medications, which change how a lab result reads (a biologist). */
    public static final String MEDICATIONS_READ_ACTIVE = "medications.read-active";
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
