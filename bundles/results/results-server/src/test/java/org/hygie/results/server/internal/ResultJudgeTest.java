package org.hygie.results.server.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.hygie.patients.api.Sex;
import org.hygie.results.api.Flag;
import org.hygie.results.api.NumericResult;
import org.hygie.results.api.Quantity;
import org.hygie.results.api.ResultCodes;
import org.junit.jupiter.api.Test;

/** A value entered for a test: converted, refused when implausible, flagged, delta-checked. */
class ResultJudgeTest {
    private static final UcumUnits UCUM = UcumUnits.shipped();
    private static final ResultJudge JUDGE = new ResultJudge(ReferenceTable.shipped(UCUM), UCUM,
            ZoneId.of("Europe/Paris"));
    private static final Instant SAMPLED = Instant.parse("2026-11-29T07:30:00Z");
    private static final LocalDate BORN = LocalDate.of(1961, 4, 2);

    private static void refused(String loinc, String value, String unit, String field, String code) {
        assertThatThrownBy(() -> JUDGE.judge(loinc, new BigDecimal(value), unit, Sex.MALE, BORN, SAMPLED, null))
                .isInstanceOfSatisfying(ValueRefused.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.code()).isEqualTo(code);
                });
    }

    @Test
    void aConvertedValue_shouldBeFlaggedInTheTestsUnit() {
        NumericResult r = JUDGE.judge("14682-9", new BigDecimal("1.5"), "mg/dL", Sex.MALE, BORN, SAMPLED, null);
        assertThat(r.entered()).isEqualTo(new Quantity(new BigDecimal("1.5"), "mg/dL"));
        assertThat(r.reported()).isEqualTo(new Quantity(new BigDecimal("133"), "umol/L"));
        assertThat(r.flag()).isEqualTo(Flag.H);
        assertThat(r.range().high()).isEqualByComparingTo("106");
        assertThat(r.delta()).isNull();
    }

    @Test
    void implausibleValues_shouldBeRefusedAsTypingErrors() {
        // 45 mmol/L of potassium: 4.5 typed without its dot.
        refused("2823-3", "45", "mmol/L", "value", ResultCodes.IMPLAUSIBLE);
        refused("2951-2", "1400", "mmol/L", "value", ResultCodes.IMPLAUSIBLE);
        refused("718-7", "-3", "g/dL", "value", ResultCodes.IMPLAUSIBLE);
        // Judged after conversion: 130 g/L of haemoglobin is 13.0 g/dL, plausible; 1300 g/L is not.
        assertThat(JUDGE.judge("718-7", new BigDecimal("130"), "g/L", Sex.MALE, BORN, SAMPLED, null).reported()
                .value()).isEqualByComparingTo("13.0");
        refused("718-7", "1300", "g/L", "value", ResultCodes.IMPLAUSIBLE);
        // The limits themselves are plausible.
        assertThat(JUDGE.judge("2823-3", new BigDecimal("15.0"), "mmol/L", Sex.MALE, BORN, SAMPLED, null).flag())
                .isEqualTo(Flag.HH);
    }

    @Test
    void unknownTestsAndUnits_shouldBeRefusedOnTheirField() {
        refused("99999-9", "1", "mmol/L", "loinc", ResultCodes.UNKNOWN_TEST);
        refused("2823-3", "4.2", "furlongs", "unit", ResultCodes.UNKNOWN_UNIT);
        refused("2823-3", "4.2", "mg", "unit", ResultCodes.INCONVERTIBLE_UNIT);
    }

    @Test
    void theDeltaCheck_shouldBeAttachedToTheValue() {
        NumericResult r = JUDGE.judge("14682-9", new BigDecimal("1.4"), "mg/dL", Sex.FEMALE, BORN, SAMPLED,
                new DeltaChecks.Previous(new BigDecimal("72"), SAMPLED.minusSeconds(36 * 3600)));
        // 1.4 mg/dL = 124 umol/L: +52 in 36 hours, beyond KDIGO's 26.5 in 48 hours.
        assertThat(r.reported().value()).isEqualByComparingTo("124");
        assertThat(r.flag()).isEqualTo(Flag.H);
        assertThat(r.delta().alert()).isTrue();
        assertThat(r.delta().change()).isEqualByComparingTo("52");
    }

    @Test
    void theAgeBand_shouldBeThatOfTheSamplingDayInTheHospitalsTimeZone() {
        // Sampled at 00:30 in Paris on the 18th birthday (still the day before in UTC): an adult.
        LocalDate born = LocalDate.of(2008, 11, 29);
        Instant halfPastMidnightInParis = Instant.parse("2026-11-28T23:30:00Z");
        // Potassium 4.9: normal for an adult (3.5-5.0), high for a child (3.4-4.7).
        assertThat(JUDGE.judge("2823-3", new BigDecimal("4.9"), "mmol/L", Sex.FEMALE, born,
                halfPastMidnightInParis, null).flag()).isEqualTo(Flag.N);
        ResultJudge utc = new ResultJudge(ReferenceTable.shipped(UCUM), UCUM, ZoneId.of("UTC"));
        assertThat(utc.judge("2823-3", new BigDecimal("4.9"), "mmol/L", Sex.FEMALE, born, halfPastMidnightInParis,
                null).flag()).isEqualTo(Flag.H);
    }
}
