package org.hygie.results.server.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.hygie.results.api.Quantity;
import org.hygie.results.api.ResultCodes;
import org.junit.jupiter.api.Test;

/** Conversions into the test's unit on the shipped data, and the refusals. */
class UnitConversionTest {
    private static final UcumUnits UCUM = UcumUnits.shipped();
    private static final ReferenceTable TABLE = ReferenceTable.shipped(UCUM);
    private static final UnitConversion CONVERSION = new UnitConversion(UCUM, TABLE);

    private static Quantity convert(String loinc, String value, String unit) {
        return CONVERSION.toTestUnit(TABLE.test(loinc).orElseThrow(), new BigDecimal(value), unit);
    }

    private static void refused(String loinc, String value, String unit, String code) {
        assertThatThrownBy(() -> convert(loinc, value, unit)).as(unit).isInstanceOfSatisfying(ValueRefused.class,
                e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.field()).isEqualTo("unit");
                    assertThat(e.toFieldError("items[1]").field()).isEqualTo("items[1].unit");
                });
    }

    @Test
    void theTestsUnit_shouldBeKeptAsEntered() {
        Quantity q = convert("2823-3", "4.20", "mmol/L");
        assertThat(q.value()).isEqualTo(new BigDecimal("4.20"));
        assertThat(q.unit()).isEqualTo("mmol/L");
    }

    @Test
    void frenchSpellings_shouldReadAsTheirUcumUnits() {
        assertThat(convert("6690-2", "7.5", "G/L")).isEqualTo(new Quantity(new BigDecimal("7.5"), "10*9/L"));
        assertThat(convert("789-8", "4.8", "T/L").unit()).isEqualTo("10*12/L");
        assertThat(convert("14682-9", "80", "µmol/L").value()).isEqualTo(new BigDecimal("80"));
        assertThat(convert("14682-9", "80", "μmol/L").value()).isEqualTo(new BigDecimal("80"));
        assertThat(convert("1920-8", "35", "UI/L").value()).isEqualTo(new BigDecimal("35"));
        assertThat(convert("2019-8", "41", "mmHg").unit()).isEqualTo("mm[Hg]");
        // A thyroid-stimulating hormone in µUI/mL is the same number in mIU/L.
        assertThat(convert("3016-3", "2.15", "µUI/mL").value()).isEqualByComparingTo("2.15");
        assertThat(convert("3016-3", "2.15", "mUI/L").value()).isEqualByComparingTo("2.15");
    }

    @Test
    void ucum_shouldConvertWithinADimension() {
        // Platelets per mm3 into 10*9/L.
        assertThat(convert("777-3", "250000", "/mm3").value()).isEqualByComparingTo("250");
        // Glucose in mg/dL into g/L.
        assertThat(convert("2345-7", "99", "mg/dL").value()).isEqualByComparingTo("0.990");
        // PaCO2 in kPa into mmHg: 5.3 kPa = 39.75 mmHg, kept to 3 significant digits.
        assertThat(convert("2019-8", "5.3", "kPa").value()).isEqualTo(new BigDecimal("39.8"));
        // ASAT in ukat/L into U/L (1 ukat = 60 U).
        assertThat(convert("1920-8", "0.50", "ukat/L").value()).isEqualByComparingTo("30.0");
        // Creatinine in mmol/L into umol/L.
        assertThat(convert("14682-9", "0.095", "mmol/L").value()).isEqualByComparingTo("95.0");
    }

    @Test
    void molarMass_shouldConvertMassIntoSubstanceAndBack() {
        // Creatinine 1.2 mg/dL = 106.08 umol/L (113.12 g/mol).
        assertThat(convert("14682-9", "1.2", "mg/dL").value()).isEqualTo(new BigDecimal("106"));
        assertThat(convert("14682-9", "1.20", "mg/dL").value()).isEqualTo(new BigDecimal("106"));
        // Glucose 5.5 mmol/L = 0.991 g/L (180.16 g/mol).
        assertThat(convert("2345-7", "5.5", "mmol/L").value()).isEqualTo(new BigDecimal("0.991"));
        // Total cholesterol 5.2 mmol/L = 2.01 g/L (386.65 g/mol).
        assertThat(convert("2093-3", "5.2", "mmol/L").value()).isEqualTo(new BigDecimal("2.01"));
        // Calcium 9.2 mg/dL = 2.30 mmol/L... into the test's mmol/L (40.078 g/mol).
        assertThat(convert("2000-8", "9.2", "mg/dL").value()).isEqualTo(new BigDecimal("2.30"));
        // Triglycerides 1.7 mmol/L = 1.51 g/L.
        assertThat(convert("2571-8", "1.7", "mmol/L").value()).isEqualTo(new BigDecimal("1.51"));
    }

    @Test
    void statedConversions_shouldReplaceUcum() {
        // HbA1c 48 mmol/mol (IFCC) is 6.5 % (NGSP): 0.09148 x 48 + 2.152 = 6.543; UCUM alone would say 4.8.
        assertThat(convert("4548-4", "48", "mmol/mol").value()).isEqualTo(new BigDecimal("6.54"));
        // Haematocrit as a fraction.
        assertThat(convert("4544-3", "0.42", "L/L").value()).isEqualByComparingTo("42.0");
    }

    @Test
    void unknownUnits_shouldBeRefused() {
        refused("2823-3", "4.2", "mmol/litre", ResultCodes.UNKNOWN_UNIT);
        refused("2823-3", "4.2", "mEq", ResultCodes.UNKNOWN_UNIT);
        refused("2823-3", "4.2", " ", ResultCodes.UNKNOWN_UNIT);
        refused("2823-3", "4.2", null, ResultCodes.UNKNOWN_UNIT);
    }

    @Test
    void inconvertibleUnits_shouldBeRefused() {
        // Another dimension.
        refused("2823-3", "4.2", "g", ResultCodes.INCONVERTIBLE_UNIT);
        // Moles against numbers, which UCUM alone would convert (through Avogadro's number).
        refused("6690-2", "7.5", "mmol/L", ResultCodes.INCONVERTIBLE_UNIT);
        // A mass where the test has no molar mass (potassium).
        refused("2823-3", "16", "mg/dL", ResultCodes.INCONVERTIBLE_UNIT);
        // Dimensionless units, unless the file states the conversion: UCUM would make % of HbA1c a fraction.
        refused("4548-4", "0.065", "1", ResultCodes.INCONVERTIBLE_UNIT);
        refused("6301-6", "1.1", "1", ResultCodes.INCONVERTIBLE_UNIT);
        refused("6301-6", "1.1", "%", ResultCodes.INCONVERTIBLE_UNIT);
        // Special units (a scale, not a factor).
        refused("2744-1", "0.00004", "mol/L", ResultCodes.INCONVERTIBLE_UNIT);
        // Gauss per litre is what UCUM reads in G/L: a file without the spelling line refuses it.
        ReferenceTable bare = ReferenceTable.read(new java.io.StringReader("test\t6690-2\t10*9/L\t0.01\t500"),
                "bare.tsv", UCUM);
        assertThatThrownBy(() -> new UnitConversion(UCUM, bare).toTestUnit(bare.test("6690-2").orElseThrow(),
                new BigDecimal("7.5"), "G/L")).isInstanceOfSatisfying(ValueRefused.class,
                        e -> assertThat(e.code()).isEqualTo(ResultCodes.INCONVERTIBLE_UNIT));
    }
}
