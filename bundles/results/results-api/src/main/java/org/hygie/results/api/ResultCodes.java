package org.hygie.results.api;

/**
 * The codes of the field errors (422) a result's value or unit gets, which the desktop translates.
 */
public final class ResultCodes {
    /** The unit is not a UCUM unit Hygie can read (nor one of the usual spellings it knows). */
    public static final String UNKNOWN_UNIT = "unknown_unit";
    /** The unit is a real unit that cannot be converted into the test's unit (mmol/L for a count). */
    public static final String INCONVERTIBLE_UNIT = "inconvertible_unit";
    /** The value lies outside the test's plausibility range: a typing error rather than a result. */
    public static final String IMPLAUSIBLE = "implausible";
    /** The test has no reference data, so no numeric value can be judged for it. */
    public static final String UNKNOWN_TEST = "unknown_test";

    private ResultCodes() {
    }
}
