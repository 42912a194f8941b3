package org.hygie.results.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * The reference data of one lab test: what its values are judged against.
 *
 * @param loinc the test's LOINC code
 * @param unit the UCUM unit its results are reported and judged in
 * @param plausibility the values refused as typing errors lie outside it
 * @param delta the delta-check rule, or null when the test has none
 * @param molarMass the molar mass in g/mol that converts a mass concentration into a substance one and
 *        back (mg/dL to mmol/L), or null when no such conversion is allowed
 * @param ranges the reference ranges by sex and age band (may be empty: no flag but LL and HH)
 * @param criticalLimits the critical limits by sex and age band (may be empty)
 */
public record TestReference(String loinc, String unit, Plausibility plausibility, DeltaRule delta,
        BigDecimal molarMass, List<ReferenceRange> ranges, List<CriticalLimits> criticalLimits) {
    public TestReference {
        ranges = List.copyOf(ranges);
        criticalLimits = List.copyOf(criticalLimits);
    }
}
