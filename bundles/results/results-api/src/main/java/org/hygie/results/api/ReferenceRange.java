package org.hygie.results.api;

import java.math.BigDecimal;

/**
 * A reference interval: values within it, its limits included, are flagged N.
 *
 * @param band whom it applies to
 * @param low the lower limit, or null when only an upper one is set ({@code < 5 mg/L})
 * @param high the upper limit, or null when only a lower one is set ({@code > 60 mL/min/1.73 m²})
 * @param unit the test's UCUM unit the limits are in
 */
public record ReferenceRange(AgeBand band, BigDecimal low, BigDecimal high, String unit) {
}
