package org.hygie.results.server.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.util.List;

import org.hygie.patients.api.Sex;
import org.hygie.results.api.ReferenceRange;
import org.hygie.results.api.TestReference;
import org.junit.jupiter.api.Test;

/** The shipped reference file, and the rules a replaced one is held to. */
class ReferenceTableTest {
    private static final UcumUnits UCUM = UcumUnits.shipped();

    private static ReferenceTable read(String... lines) {
        return ReferenceTable.read(new StringReader(String.join("\n", lines)), "test.tsv", UCUM);
    }

    @Test
    void shipped_shouldHoldTheCorePanelWithUcumUnitsAndRanges() {
        ReferenceTable table = ReferenceTable.shipped(UCUM);
        assertThat(table.tests()).hasSize(65);
        assertThat(table.tests().stream().mapToInt(t -> t.ranges().size()).sum()).isEqualTo(97);
        assertThat(table.tests().stream().mapToInt(t -> t.criticalLimits().size()).sum()).isEqualTo(22);
        for (TestReference test : table.tests()) {
            assertThat(UCUM.valid(test.unit())).as(test.loinc()).isTrue();
            assertThat(ReferenceTable.checkDigitOk(test.loinc())).as(test.loinc()).isTrue();
        }
        // The brief's core panel: blood count, ionogram, renal, glucose, HbA1c, lipids, liver, CRP, TSH, INR, troponin.
        assertThat(table.tests()).extracting(TestReference::loinc).contains("718-7", "6690-2", "777-3", "2951-2",
                "2823-3", "2075-0", "1963-8", "14682-9", "62238-1", "22664-7", "2345-7", "4548-4", "2093-3",
                "2085-9", "13457-7", "2571-8", "1920-8", "1742-6", "2324-2", "6768-6", "14631-6", "1988-5",
                "3016-3", "6301-6", "10839-9", "67151-1");
    }

    @Test
    void shipped_potassium_shouldBeMmolPerLitreWithBandsCriticalsAndDelta() {
        TestReference k = ReferenceTable.shipped(UCUM).test("2823-3").orElseThrow();
        assertThat(k.unit()).isEqualTo("mmol/L");
        assertThat(k.ranges()).hasSize(4);
        ReferenceRange adult = k.ranges().get(3);
        assertThat(adult.band().from()).isEqualTo(Period.ofYears(18));
        assertThat(adult.band().to()).isNull();
        assertThat(adult.low()).isEqualByComparingTo("3.5");
        assertThat(adult.high()).isEqualByComparingTo("5.0");
        assertThat(k.criticalLimits().get(1).high()).isEqualByComparingTo("6.2");
        assertThat(k.delta().absolute()).isEqualByComparingTo("1.0");
        assertThat(k.delta().window()).isEqualTo(Duration.ofDays(3));
        assertThat(k.plausibility().max()).isEqualByComparingTo("15.0");
    }

    @Test
    void read_shouldTakeSexesAgesPercentDeltasMolarMassesSpellingsAndConversions() {
        ReferenceTable table = read("# comment", "", "test\t2345-7\tg/L\t0.05\t20\t50%\t48h\t180.16",
                "range\t2345-7\tF\t18y\t*\t0.70\t1.10", "range\t2345-7\tM\t6m\t18y\t\t1.00",
                "unit\tgr/l\tg/L", "convert\t2345-7\tmg/L\t0.001\t");
        TestReference glucose = table.test("2345-7").orElseThrow();
        assertThat(glucose.delta().percent()).isEqualByComparingTo("50");
        assertThat(glucose.delta().absolute()).isNull();
        assertThat(glucose.delta().window()).isEqualTo(Duration.ofHours(48));
        assertThat(glucose.molarMass()).isEqualByComparingTo("180.16");
        assertThat(glucose.ranges()).extracting(r -> r.band().sex()).containsExactly(Sex.FEMALE, Sex.MALE);
        assertThat(glucose.ranges().get(1).band().from()).isEqualTo(Period.ofMonths(6));
        assertThat(glucose.ranges().get(1).low()).isNull();
        assertThat(table.ucumUnit(" gr/l ")).isEqualTo("g/L");
        assertThat(table.ucumUnit("µmol/L")).isEqualTo("umol/L");
        assertThat(table.conversion("2345-7", "mg/L").orElseThrow().apply(new BigDecimal("900")))
                .isEqualByComparingTo("0.9");
    }

    @Test
    void read_shouldRefuseABrokenFileNamingTheLine() {
        String test = "test\t2823-3\tmmol/L\t1\t15";
        List<List<String>> broken = List.of(
                List.of("tset\t2823-3\tmmol/L\t1\t15", "unknown kind of line"),
                List.of("test\t2823-4\tmmol/L\t1\t15", "wrong LOINC check digit"),
                List.of("test\t2823\tmmol/L\t1\t15", "not a LOINC code"),
                List.of("test\t2823-3\tmmol/l/x\t1\t15", "not a UCUM unit"),
                List.of("test\t2823-3\tmmol/L\t15\t1", "not below plausible-max"),
                List.of("test\t2823-3\tmmol/L\t1\t15\t1", "go together"),
                List.of("test\t2823-3\tmmol/L\t1\t15\t1\t3w", "not hours or days"),
                List.of("test\t2823-3\tmmol/L\t1\t15\t\t\t0", "molar-mass must be above 0"),
                List.of("test\t2823-3\tmmol/L\tone\t15", "not a number"),
                List.of("test\t2823-3\tmmol/L\t1\t15\t\t\t\textra", "too many fields"),
                List.of(test + "\n" + test, "given twice"),
                List.of(test + "\nrange\t2823-3\tX\t18y\t*\t3.5\t5.0", "not M, F or *"),
                List.of(test + "\nrange\t2823-3\t*\t18y\t10y\t3.5\t5.0", "not after age-from"),
                List.of(test + "\nrange\t2823-3\t*\t18 ans\t*\t3.5\t5.0", "not days, months or years"),
                List.of(test + "\nrange\t2823-3\t*\t18y\t*\t5.0\t3.5", "above high"),
                List.of(test + "\nrange\t2823-3\t*\t18y\t*\t\t", "neither low nor high"),
                List.of(test + "\nrange\t2823-3\t*\t18y\t*\t3.5\t50", "outside the plausible values"),
                List.of("range\t2951-2\t*\t18y\t*\t135\t145", "no test line"),
                List.of("convert\t2951-2\tmg/L\t2", "no test line"),
                List.of(test + "\nconvert\t2823-3\tmg/L\t0", "must not be 0"),
                List.of(test + "\nrange\t2823-3\t*\t18y\t*\t3.5\t5.0\nrange\t2823-3\tF\t60y\t*\t3.6\t5.1",
                        "overlaps that of line 2"),
                List.of(test + "\nrange\t2823-3\t*\t1y\t18y\t3.4\t4.7\nrange\t2823-3\t*\t17y\t*\t3.5\t5.0",
                        "overlaps that of line 2"),
                List.of(test + "\nrange\t2823-3\t*\t18y\t*\t3.5\t5.0\ncritical\t2823-3\t*\t0d\t*\t3.5\t6.2",
                        "critical low 3.5 is not below the range's low 3.5 of line 2"),
                List.of(test + "\nrange\t2823-3\t*\t18y\t*\t3.5\t5.0\ncritical\t2823-3\t*\t0d\t*\t2.8\t4.9",
                        "critical high 4.9 is not above"),
                List.of("unit\tG/L\tG/LL", "not a UCUM unit"),
                List.of("unit\tG/L\t10*9/L\nunit\tG/L\t10*9/L", "given twice"));
        for (List<String> file : broken) {
            assertThatThrownBy(() -> read(file.get(0))).as(file.get(0)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("test.tsv:").hasMessageContaining(file.get(1));
        }
        assertThatThrownBy(() -> read("", "# two", test, "range\t2823-3\t*\t18y\t*\t5.0\t3.5"))
                .hasMessageStartingWith("test.tsv:4: ");
    }

    @Test
    void read_shouldAcceptBandsThatMeetOrDifferBySex() {
        ReferenceTable table = read("test\t2823-3\tmmol/L\t1\t15", "range\t2823-3\t*\t0d\t1m\t3.7\t5.9",
                "range\t2823-3\t*\t1m\t18y\t3.4\t5.3", "range\t2823-3\tF\t18y\t*\t3.5\t5.0",
                "range\t2823-3\tM\t18y\t*\t3.5\t5.1", "critical\t2823-3\t*\t0d\t*\t2.8");
        assertThat(table.test("2823-3").orElseThrow().ranges()).hasSize(4);
    }

    @Test
    void checkDigit_shouldFollowLoincsMod10() {
        assertThat(ReferenceTable.checkDigitOk("2823-3")).isTrue();
        assertThat(ReferenceTable.checkDigitOk("718-7")).isTrue();
        assertThat(ReferenceTable.checkDigitOk("14682-9")).isTrue();
        assertThat(ReferenceTable.checkDigitOk("4548-4")).isTrue();
        assertThat(ReferenceTable.checkDigitOk("4548-5")).isFalse();
        assertThat(ReferenceTable.checkDigitOk("2160-1")).isFalse();
    }
}
