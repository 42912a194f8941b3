package org.hygie.patients.api;

/** Whether a recorded allergy stands. Clinical data is never deleted: a mistaken entry is marked, and kept. */
public enum AllergyStatus {
    /** The allergy stands. */
    ACTIVE,
    /** It was recorded by mistake (wrong patient, wrong substance...): kept, shown struck out, never used. */
    ENTERED_IN_ERROR
}
