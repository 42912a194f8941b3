package org.hygie.results.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** What UCUM for Java reads, and the two distinctions it does not make that lab values need. */
class UcumUnitsTest {
    private static final UcumUnits UCUM = UcumUnits.shipped();

    @Test
    void valid_shouldAcceptUcumAndRefuseFrenchSpellings() {
        assertThat(UCUM.valid("mmol/L")).isTrue();
        assertThat(UCUM.valid("10*9/L")).isTrue();
        assertThat(UCUM.valid("m[IU]/L")).isTrue();
        assertThat(UCUM.valid("mL/min/{1.73_m2}")).isTrue();
        assertThat(UCUM.valid("µmol/L")).isFalse();
        assertThat(UCUM.valid("mUI/L")).isFalse();
        assertThat(UCUM.valid("")).isFalse();
        assertThat(UCUM.valid(null)).isFalse();
    }

    @Test
    void molarExponent_shouldCountMolesThroughDefinitions() {
        assertThat(UCUM.molarExponent("mmol/L")).isEqualTo(1);
        assertThat(UCUM.molarExponent("umol/L")).isEqualTo(1);
        // U is umol/min and kat mol/s: enzyme activities hold moles too.
        assertThat(UCUM.molarExponent("U/L")).isEqualTo(1);
        assertThat(UCUM.molarExponent("ukat/L")).isEqualTo(1);
        assertThat(UCUM.molarExponent("meq/L")).isEqualTo(1);
        assertThat(UCUM.molarExponent("g/L")).isZero();
        assertThat(UCUM.molarExponent("10*9/L")).isZero();
        assertThat(UCUM.molarExponent("mmol/mol")).isZero();
        assertThat(UCUM.molarExponent("L/mol")).isEqualTo(-1);
    }

    @Test
    void molarExponent_shouldReadSolidusFromLeftToRight() {
        // (L/s)/mol, not L/(s/mol)
        assertThat(UCUM.molarExponent("L/s/mol")).isEqualTo(-1);
        assertThat(UCUM.molarExponent("mol/kg/s")).isEqualTo(1);
        assertThat(UCUM.molarExponent("/mol.L")).isEqualTo(-1);
        assertThat(UCUM.molarExponent("(mol/L)/(mol/L)")).isZero();
    }

    @Test
    void comparable_shouldTakeMolesForNumbers_whichIsWhyMolesAreCountedApart() {
        assertThat(UCUM.comparable("mmol/L", "10*9/L")).isTrue();
        assertThat(UCUM.molarExponent("mmol/L")).isNotEqualTo(UCUM.molarExponent("10*9/L"));
        assertThat(UCUM.comparable("mmol/L", "g/L")).isFalse();
    }

    @Test
    void dimensionlessAndSpecial_shouldBeTold() {
        assertThat(UCUM.dimensionless("%")).isTrue();
        assertThat(UCUM.dimensionless("mmol/mol")).isTrue();
        assertThat(UCUM.dimensionless("{INR}")).isTrue();
        assertThat(UCUM.dimensionless("L/L")).isTrue();
        assertThat(UCUM.dimensionless("g/L")).isFalse();
        assertThat(UCUM.special("[pH]")).isTrue();
        assertThat(UCUM.special("Cel")).isTrue();
        assertThat(UCUM.special("mmol/L")).isFalse();
    }

    @Test
    void factor_shouldConvertWithinADimension() {
        assertThat(UCUM.factor("mg/dL", "g/L")).isEqualByComparingTo("0.01");
        assertThat(UCUM.factor("/mm3", "10*9/L")).isEqualByComparingTo("0.001");
        assertThat(UCUM.factor("u[IU]/mL", "m[IU]/L")).isEqualByComparingTo("1");
        assertThat(UCUM.factor("kPa", "mm[Hg]")).isCloseTo(new BigDecimal("7.50062"),
                org.assertj.core.data.Offset.offset(new BigDecimal("0.0001")));
    }
}
