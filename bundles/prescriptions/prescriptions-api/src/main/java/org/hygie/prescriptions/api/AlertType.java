package org.hygie.prescriptions.api;

/** What a safety check found about a prescription's line. */
public enum AlertType {
    /** The drug matches one of the patient's recorded allergies (by substance or by class). */
    ALLERGY,
    /** The drug interacts with another line, or with a drug of the patient's other active prescriptions. */
    INTERACTION,
    /** A free-text line: the checks could not read it, so nothing was checked for it. */
    NOT_CHECKED
}
