package org.hygie.results.api;

import java.math.BigDecimal;

/**
 * Critical limits ("valeurs critiques", ISO 15189): a value strictly beyond one is flagged LL or HH and
 * cannot be validated before the prescriber has been called. They are judged on their own, so that a
 * critical value is flagged even for a patient no reference range applies to.
 *
 * @param band whom they apply to
 * @param low the critical low limit (below it: LL), or null
 * @param high the critical high limit (above it: HH), or null
 * @param unit the test's UCUM unit the limits are in
 */
public record CriticalLimits(AgeBand band, BigDecimal low, BigDecimal high, String unit) {
}
