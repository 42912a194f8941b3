package org.hygie.results.api;

import java.math.BigDecimal;

/**
 * A numeric value with its unit.
 *
 * @param value the value as entered or converted (never rounded by Hygie beyond what a conversion needs)
 * @param unit its UCUM unit ({@code mmol/L}, {@code 10*9/L}, {@code m[IU]/L})
 */
public record Quantity(BigDecimal value, String unit) {
}
