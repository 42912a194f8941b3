package org.hygie.results.api;

/**
 * The abnormal flag of a numeric result, as laboratories print it. A result that no reference range
 * applies to (no range for the patient's sex and age, or none for the test) has no flag at all:
 * {@code null} in a record, never {@link #N} by default, since "normal" would be a claim nobody made.
 */
public enum Flag {
    /** Below the critical low limit: must be phoned to the prescriber before validation. */
    LL,
    /** Below the reference range. */
    L,
    /** Within the reference range, its limits included. */
    N,
    /** Above the reference range. */
    H,
    /** Above the critical high limit: must be phoned to the prescriber before validation. */
    HH;

    /** @return whether this flag is a critical value (LL or HH) */
    public boolean critical() {
        return this == LL || this == HH;
    }

    /** @return whether this flag marks a value outside the reference range (anything but N) */
    public boolean abnormal() {
        return this != N;
    }
}
