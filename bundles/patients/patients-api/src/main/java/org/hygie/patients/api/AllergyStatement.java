package org.hygie.patients.api;

/** What is known of a patient's allergies as a whole, which an empty list alone cannot say. */
public enum AllergyStatement {
    /** Nobody has recorded an allergy or stated that there is none: the question was not asked. */
    NOT_RECORDED,
    /** A clinician stated that the patient has no known allergy, and no allergy stands since. */
    NONE_KNOWN,
    /** At least one allergy stands. */
    RECORDED
}
