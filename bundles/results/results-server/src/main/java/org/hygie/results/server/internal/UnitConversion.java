package org.hygie.results.server.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

import org.hygie.results.api.Quantity;
import org.hygie.results.api.ResultCodes;
import org.hygie.results.api.TestReference;

/**
 * Brings an entered value into its test's unit. In order: the same unit (after the file's usual
 * spellings: {@code G/L} is 10*9/L, {@code µmol/L} umol/L); a conversion the reference file states
 * (HbA1c from mmol/mol); a UCUM conversion between units of the same dimension and the same count of
 * moles, neither dimensionless nor special; a mass concentration into a substance one and back through
 * the test's molar mass. Anything else is refused: an unknown unit ({@code unknown_unit}) or one that
 * does not convert ({@code inconvertible_unit}), never guessed.
 */
final class UnitConversion {
    /** A converted value keeps as many significant digits as were entered, and at least this many. */
    static final int MIN_SIGNIFICANT_DIGITS = 3;

    private static final String MASS_CONCENTRATION = "g/L";
    private static final String SUBSTANCE_CONCENTRATION = "mol/L";

    private final UcumUnits ucum;
    private final ReferenceTable table;

    UnitConversion(UcumUnits ucum, ReferenceTable table) {
        this.ucum = ucum;
        this.table = table;
    }

    /**
     * @param test the test the value is a result of
     * @param value the value as entered
     * @param unit the unit as entered
     * @return the value in the test's unit
     * @throws ValueRefused {@code unknown_unit} or {@code inconvertible_unit} on the unit
     */
    Quantity toTestUnit(TestReference test, BigDecimal value, String unit) {
        if (unit == null || unit.isBlank()) {
            throw new ValueRefused("unit", ResultCodes.UNKNOWN_UNIT, "A unit is required for a numeric value");
        }
        String from = table.ucumUnit(unit);
        String to = test.unit();
        if (from.equals(to)) {
            return new Quantity(value, to);
        }
        Optional<ReferenceTable.Affine> stated = table.conversion(test.loinc(), from);
        if (stated.isPresent()) {
            return new Quantity(round(stated.get().apply(value), value), to);
        }
        if (!ucum.valid(from)) {
            throw new ValueRefused("unit", ResultCodes.UNKNOWN_UNIT, "'" + unit + "' is not a known unit");
        }
        BigDecimal factor = factor(test, from, to);
        if (factor == null) {
            throw new ValueRefused("unit", ResultCodes.INCONVERTIBLE_UNIT,
                    "'" + unit + "' cannot be converted into " + to + ", the unit of test " + test.loinc());
        }
        return new Quantity(round(value.multiply(factor), value), to);
    }

    /** @return the factor from one unit to the other, or null when they do not convert by a factor */
    private BigDecimal factor(TestReference test, String from, String to) {
        if (ucum.special(from) || ucum.special(to) || ucum.dimensionless(from) || ucum.dimensionless(to)) {
            return null;
        }
        int fromMoles = ucum.molarExponent(from);
        int toMoles = ucum.molarExponent(to);
        if (fromMoles == toMoles) {
            return ucum.comparable(from, to) ? ucum.factor(from, to) : null;
        }
        BigDecimal molarMass = test.molarMass();
        if (molarMass == null) {
            return null;
        }
        if (isMass(from) && isSubstance(to)) {
            // mg/dL -> g/L, / (g/mol) -> mol/L -> umol/L
            return ucum.factor(from, MASS_CONCENTRATION).divide(molarMass, MathContext.DECIMAL64)
                    .multiply(ucum.factor(SUBSTANCE_CONCENTRATION, to));
        }
        if (isSubstance(from) && isMass(to)) {
            return ucum.factor(from, SUBSTANCE_CONCENTRATION).multiply(molarMass)
                    .multiply(ucum.factor(MASS_CONCENTRATION, to));
        }
        return null;
    }

    private boolean isMass(String unit) {
        return ucum.molarExponent(unit) == 0 && ucum.comparable(unit, MASS_CONCENTRATION);
    }

    private boolean isSubstance(String unit) {
        return ucum.molarExponent(unit) == 1 && ucum.comparable(unit, SUBSTANCE_CONCENTRATION);
    }

    /** A converted value has no more precision than the entered one (at least 3 significant digits). */
    private static BigDecimal round(BigDecimal converted, BigDecimal entered) {
        int digits = Math.max(MIN_SIGNIFICANT_DIGITS, entered.precision());
        BigDecimal rounded = converted.round(new MathContext(digits, RoundingMode.HALF_UP));
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }
}
