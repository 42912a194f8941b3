package org.hygie.results.server.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.hygie.patients.api.Sex;
import org.hygie.results.api.Flag;
import org.hygie.results.server.internal.Flagging.Judgement;
import org.junit.jupiter.api.Test;

/** Flags on the shipped reference data, for each kind of band, sex and age. */
class FlaggingTest {
    private static final ReferenceTable TABLE = ReferenceTable.shipped(UcumUnits.shipped());
    private static final LocalDate SAMPLED = LocalDate.of(2026, 11, 29);

    private static Judgement judge(String loinc, String value, Sex sex, LocalDate birthDate) {
        return Flagging.judge(TABLE.test(loinc).orElseThrow(), new BigDecimal(value), sex, birthDate, SAMPLED);
    }

    private static Flag flag(String loinc, String value, Sex sex, LocalDate birthDate) {
        return judge(loinc, value, sex, birthDate).flag();
    }

    private static LocalDate aged(int years) {
        return SAMPLED.minusYears(years).minusMonths(3);
    }

    @Test
    void adultHaemoglobin_shouldDependOnSex() {
        assertThat(flag("718-7", "12.5", Sex.MALE, aged(40))).isEqualTo(Flag.L);
        assertThat(flag("718-7", "12.5", Sex.FEMALE, aged(40))).isEqualTo(Flag.N);
        assertThat(flag("718-7", "16.5", Sex.FEMALE, aged(40))).isEqualTo(Flag.H);
        assertThat(flag("718-7", "16.5", Sex.MALE, aged(40))).isEqualTo(Flag.N);
        Judgement j = judge("718-7", "16.5", Sex.MALE, aged(40));
        assertThat(j.range().low()).isEqualByComparingTo("13.0");
        assertThat(j.range().band().sex()).isEqualTo(Sex.MALE);
    }

    @Test
    void limits_shouldBeInsideTheRange_andCriticalsStrictlyBeyond() {
        assertThat(flag("2823-3", "3.5", Sex.FEMALE, aged(50))).isEqualTo(Flag.N);
        assertThat(flag("2823-3", "5.0", Sex.FEMALE, aged(50))).isEqualTo(Flag.N);
        assertThat(flag("2823-3", "3.49", Sex.FEMALE, aged(50))).isEqualTo(Flag.L);
        assertThat(flag("2823-3", "5.01", Sex.FEMALE, aged(50))).isEqualTo(Flag.H);
        assertThat(flag("2823-3", "6.2", Sex.FEMALE, aged(50))).isEqualTo(Flag.H);
        assertThat(flag("2823-3", "6.21", Sex.FEMALE, aged(50))).isEqualTo(Flag.HH);
        assertThat(flag("2823-3", "2.8", Sex.FEMALE, aged(50))).isEqualTo(Flag.L);
        assertThat(flag("2823-3", "2.79", Sex.FEMALE, aged(50))).isEqualTo(Flag.LL);
        assertThat(flag("2823-3", "6.21", Sex.FEMALE, aged(50)).critical()).isTrue();
    }

    @Test
    void paediatricBands_shouldFollowTheAgeAtSampling() {
        // Haemoglobin 11.0 g/dL: low at 3 years, normal at 1 year, normal at 3 months.
        assertThat(flag("718-7", "11.0", Sex.MALE, aged(3))).isEqualTo(Flag.L);
        assertThat(flag("718-7", "11.0", Sex.MALE, aged(1))).isEqualTo(Flag.N);
        assertThat(flag("718-7", "11.0", Sex.MALE, SAMPLED.minusMonths(3))).isEqualTo(Flag.N);
        // A newborn of 3 days: 20 g/dL is normal (14.5-22.5), and above the adult critical 20 it is no HH.
        assertThat(flag("718-7", "21.0", Sex.FEMALE, SAMPLED.minusDays(3))).isEqualTo(Flag.N);
        assertThat(judge("718-7", "21.0", Sex.FEMALE, SAMPLED.minusDays(3)).criticalLimits()).isNull();
        // At 10 days the next band (13.4-19.8) applies.
        assertThat(flag("718-7", "21.0", Sex.FEMALE, SAMPLED.minusDays(10))).isEqualTo(Flag.H);
        // Adolescents: 12.5 is low for a boy of 14, normal for a girl.
        assertThat(flag("718-7", "12.5", Sex.MALE, aged(14))).isEqualTo(Flag.L);
        assertThat(flag("718-7", "12.5", Sex.FEMALE, aged(14))).isEqualTo(Flag.N);
        // Potassium 5.6 mmol/L is normal for a newborn, high for an adult.
        assertThat(flag("2823-3", "5.6", Sex.MALE, SAMPLED.minusDays(5))).isEqualTo(Flag.N);
        assertThat(flag("2823-3", "5.6", Sex.MALE, aged(30))).isEqualTo(Flag.H);
        // Alkaline phosphatase of a 14-year-old: 300 U/L high for a girl, normal for a boy.
        assertThat(flag("6768-6", "300", Sex.FEMALE, aged(14))).isEqualTo(Flag.H);
        assertThat(flag("6768-6", "300", Sex.MALE, aged(14))).isEqualTo(Flag.N);
        assertThat(flag("6768-6", "300", Sex.MALE, aged(40))).isEqualTo(Flag.H);
    }

    @Test
    void ageBands_shouldTurnOnTheBirthdayItself() {
        LocalDate eighteenToday = SAMPLED.minusYears(18);
        // Potassium 4.9: high for a child (3.4-4.7), normal for an adult (3.5-5.0).
        assertThat(flag("2823-3", "4.9", Sex.FEMALE, eighteenToday)).isEqualTo(Flag.N);
        assertThat(flag("2823-3", "4.9", Sex.FEMALE, eighteenToday.plusDays(1))).isEqualTo(Flag.H);
        // ESR 18 mm/h: a man of 49 is high (<= 15), one of 50 normal (<= 20).
        assertThat(flag("4537-7", "18", Sex.MALE, SAMPLED.minusYears(50).plusDays(1))).isEqualTo(Flag.H);
        assertThat(flag("4537-7", "18", Sex.MALE, SAMPLED.minusYears(50))).isEqualTo(Flag.N);
    }

    @Test
    void oneSidedRanges_shouldFlagOnlyTheirSide() {
        assertThat(flag("1988-5", "0", Sex.FEMALE, aged(30))).isEqualTo(Flag.N);
        assertThat(flag("1988-5", "5", Sex.FEMALE, aged(30))).isEqualTo(Flag.N);
        assertThat(flag("1988-5", "48", Sex.FEMALE, aged(30))).isEqualTo(Flag.H);
        assertThat(flag("62238-1", "45", Sex.MALE, aged(70))).isEqualTo(Flag.L);
        assertThat(flag("62238-1", "120", Sex.MALE, aged(30))).isEqualTo(Flag.N);
        assertThat(flag("2085-9", "0.45", Sex.MALE, aged(50))).isEqualTo(Flag.N);
        assertThat(flag("2085-9", "0.45", Sex.FEMALE, aged(50))).isEqualTo(Flag.L);
    }

    @Test
    void noRangeApplying_shouldGiveNoFlag_neverN() {
        // Troponin I: the 99th percentile depends on the assay, so the file gives no range.
        Judgement troponin = judge("10839-9", "0.01", Sex.MALE, aged(60));
        assertThat(troponin.flag()).isNull();
        assertThat(troponin.range()).isNull();
        // PSA has ranges for men only.
        assertThat(flag("2857-1", "1.0", Sex.FEMALE, aged(60))).isNull();
        assertThat(flag("2857-1", "5.0", Sex.MALE, aged(62))).isEqualTo(Flag.H);
        assertThat(flag("2857-1", "5.0", Sex.MALE, aged(72))).isEqualTo(Flag.N);
        // ASAT has adult ranges only: no flag for a child.
        assertThat(flag("1920-8", "30", Sex.MALE, aged(10))).isNull();
        // Creatinine ranges are by sex: a patient of other or unknown sex matches none.
        assertThat(flag("14682-9", "90", Sex.OTHER, aged(40))).isNull();
        assertThat(flag("14682-9", "90", Sex.UNKNOWN, aged(40))).isNull();
        // ... while ranges for every sex apply to them.
        assertThat(flag("2951-2", "140", Sex.UNKNOWN, aged(40))).isEqualTo(Flag.N);
    }

    @Test
    void criticalLimits_shouldApplyWithoutARange() {
        // Glucose has an adult range but critical limits at every age: a child gets LL/HH and no L/H/N.
        assertThat(flag("2345-7", "0.40", Sex.FEMALE, aged(6))).isEqualTo(Flag.LL);
        assertThat(flag("2345-7", "5.00", Sex.FEMALE, aged(6))).isEqualTo(Flag.HH);
        Judgement normalChild = judge("2345-7", "0.90", Sex.FEMALE, aged(6));
        assertThat(normalChild.flag()).isNull();
        assertThat(normalChild.criticalLimits()).isNotNull();
        // Sodium of a patient of unknown sex, far off.
        assertThat(flag("2951-2", "118", Sex.UNKNOWN, aged(80))).isEqualTo(Flag.LL);
        // INR has only a high critical limit.
        assertThat(flag("6301-6", "5.5", Sex.MALE, aged(80))).isEqualTo(Flag.HH);
        assertThat(flag("6301-6", "2.5", Sex.MALE, aged(80))).isEqualTo(Flag.H);
    }

    @Test
    void sampling_shouldNotPrecedeBirth() {
        assertThatThrownBy(() -> flag("2823-3", "4.0", Sex.MALE, SAMPLED.plusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
