package org.hygie.prescriptions.api;

/** Where a signed prescription stands. Signed prescriptions are never edited: a change is a new one. */
public enum PrescriptionStatus {
    /** Signed and in force (until its last line ends, or it is stopped). */
    ACTIVE,
    /** Stopped by a doctor, with a reason; kept. */
    STOPPED
}
