package org.hygie.results.api;

import java.math.BigDecimal;

/**
 * The values a living patient's result can take: one outside is refused at entry as a typing error
 * (422 {@link ResultCodes#IMPLAUSIBLE}), not flagged.
 *
 * @param min the smallest plausible value, included
 * @param max the largest plausible value, included
 * @param unit the test's UCUM unit
 */
public record Plausibility(BigDecimal min, BigDecimal max, String unit) {
}
