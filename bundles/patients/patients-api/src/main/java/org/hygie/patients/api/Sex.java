package org.hygie.patients.api;

/** Administrative sex of a patient. */
public enum Sex {
    FEMALE, MALE, OTHER, UNKNOWN
}
