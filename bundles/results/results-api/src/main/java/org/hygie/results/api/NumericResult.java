package org.hygie.results.api;

/**
 * A numeric value as judged at entry: converted to the test's unit, flagged against the range and
 * limits that matched the patient's sex and age at sampling, and compared with the previous result.
 *
 * @param entered the value and unit as entered
 * @param reported the value in the test's unit (the same as {@code entered} when no conversion was needed)
 * @param flag the flag, or null when no reference range applied and no critical limit was crossed
 * @param range the reference range that applied, or null
 * @param criticalLimits the critical limits that applied, or null
 * @param delta the delta check, or null when the test has no rule or no previous result in its window
 */
public record NumericResult(Quantity entered, Quantity reported, Flag flag, ReferenceRange range,
        CriticalLimits criticalLimits, DeltaCheck delta) {
}
