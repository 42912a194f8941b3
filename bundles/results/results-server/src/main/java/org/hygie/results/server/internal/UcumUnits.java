package org.hygie.results.server.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.fhir.ucum.Component;
import org.fhir.ucum.Decimal;
import org.fhir.ucum.DefinedUnit;
import org.fhir.ucum.ExpressionParser;
import org.fhir.ucum.Operator;
import org.fhir.ucum.Symbol;
import org.fhir.ucum.Term;
import org.fhir.ucum.UcumEssenceService;
import org.fhir.ucum.UcumException;
import org.fhir.ucum.Unit;

/**
 * UCUM units, read and converted by "UCUM for Java" ({@code org.fhir:ucum}, embedded in this bundle:
 * docs/lessons.md#ucum), with the two distinctions laboratory values need and UCUM does not make:
 * UCUM counts moles as a plain number (6.022e23), so it would convert mmol/L into 10*9/L; and it
 * converts any dimensionless unit into any other (% of HbA1c into mmol/mol as a mere factor of 10).
 * {@link #molarExponent} and {@link #dimensionless} let the caller refuse those.
 */
final class UcumUnits {
    /** The UCUM definitions shipped inside the library's jar, copied into this bundle. */
    private static final String ESSENCE = "/ucum-essence.xml";

    private final UcumEssenceService ucum;
    private final Map<String, Shape> shapes = new ConcurrentHashMap<>();

    private UcumUnits(UcumEssenceService ucum) {
        this.ucum = ucum;
    }

    /** @return the UCUM definitions this bundle ships, read once (about 80 KB of XML) */
    static UcumUnits shipped() {
        try (InputStream in = UcumUnits.class.getResourceAsStream(ESSENCE)) {
            if (in == null) {
                throw new IllegalStateException(ESSENCE + " is missing from the bundle");
            }
            return new UcumUnits(new UcumEssenceService(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UcumException e) {
            throw new IllegalStateException("The UCUM definitions cannot be read", e);
        }
    }

    /** @return whether the text is a valid case-sensitive UCUM unit */
    boolean valid(String unit) {
        return unit != null && !unit.isBlank() && ucum.validate(unit) == null;
    }

    /** @return whether both units measure the same dimension, moles counted as numbers (UCUM's own view) */
    boolean comparable(String from, String to) {
        try {
            return ucum.isComparable(from, to);
        } catch (UcumException e) {
            return false;
        }
    }

    /** @return whether the unit has no dimension at all ({@code %}, {@code 1}, {@code {INR}}, {@code mmol/mol}) */
    boolean dimensionless(String unit) {
        try {
            return ucum.getCanonicalUnits(unit).isEmpty();
        } catch (UcumException e) {
            throw new IllegalArgumentException("Not a UCUM unit: " + unit, e);
        }
    }

    /** @return how many times the unit holds moles (1 for mmol/L and U/L, 0 for g/L and 10*9/L, -1 for L/mol) */
    int molarExponent(String unit) {
        return shape(unit).molar();
    }

    /** @return whether the unit is one of UCUM's special units (a scale, not a factor: [pH], Cel) */
    boolean special(String unit) {
        return shape(unit).special();
    }

    /**
     * @return the factor that turns a value in {@code from} into one in {@code to}; only for comparable,
     *         non-special units
     */
    BigDecimal factor(String from, String to) {
        try {
            return new BigDecimal(ucum.convert(new Decimal("1.000000000000000000"), from, to).asDecimal());
        } catch (UcumException e) {
            throw new IllegalArgumentException("Cannot convert " + from + " to " + to, e);
        }
    }

    /** Moles and specialness of a unit, worked out from its symbols and their definitions. */
    private record Shape(int molar, boolean special) {
    }

    private Shape shape(String unit) {
        // Not computeIfAbsent: working out a unit works out the units of its definition first, and a
        // ConcurrentHashMap refuses to be updated from inside its own mapping function.
        Shape known = shapes.get(unit);
        if (known != null) {
            return known;
        }
        try {
            Term term = new ExpressionParser(ucum.getModel()).parse(unit);
            int[] molar = {0};
            boolean[] special = {false};
            walk(term, 1, 1, molar, special);
            Shape shape = new Shape(molar[0], special[0]);
            shapes.putIfAbsent(unit, shape);
            return shape;
        } catch (UcumException e) {
            throw new IllegalArgumentException("Not a UCUM unit: " + unit, e);
        }
    }

    /**
     * Walks a parsed unit. UCUM reads {@code a/b.c} from left to right ({@code (a/b).c}: b alone is
     * divided), but the parser nests to the right, so each operator gives the sign of the component
     * right after it, relative to the sign of the enclosing group.
     */
    private void walk(Term term, int groupSign, int firstSign, int[] molar, boolean[] special)
            throws UcumException {
        walk(term.getComp(), firstSign, molar, special);
        if (term.hasTerm()) {
            int next = term.getOp() == Operator.DIVISION ? -groupSign : groupSign;
            walk(term.getTerm(), groupSign, next, molar, special);
        }
    }

    private void walk(Component comp, int sign, int[] molar, boolean[] special) throws UcumException {
        if (comp instanceof Term group) {
            walk(group, sign, sign, molar, special);
        } else if (comp instanceof Symbol symbol) {
            Unit unit = symbol.getUnit();
            int exponent = sign * symbol.getExponent();
            if (unit == null) {
                return;
            }
            if ("mol".equals(unit.getCode())) {
                molar[0] += exponent;
            } else if (unit instanceof DefinedUnit defined) {
                if (defined.isSpecial()) {
                    special[0] = true;
                    return;
                }
                Shape inner = shape(defined.getValue().getUnit());
                molar[0] += exponent * inner.molar();
                special[0] |= inner.special();
            }
        }
        // A factor (10*9) or an annotation ({1.73_m2}) holds no moles.
    }
}
