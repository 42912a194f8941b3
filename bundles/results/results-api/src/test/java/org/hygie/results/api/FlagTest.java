package org.hygie.results.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;

import org.hygie.patients.api.Sex;
import org.junit.jupiter.api.Test;

/** The flag model and the bands ranges apply to. */
class FlagTest {
    @Test
    void critical_shouldBeLLAndHHOnly() {
        assertThat(Flag.values()).filteredOn(Flag::critical).containsExactly(Flag.LL, Flag.HH);
        assertThat(Flag.values()).filteredOn(f -> !f.abnormal()).containsExactly(Flag.N);
    }

    @Test
    void ageBand_shouldIncludeItsStartAndExcludeItsEnd() {
        AgeBand adolescents = new AgeBand(null, Period.ofYears(12), Period.ofYears(18));
        LocalDate born = LocalDate.of(2010, 2, 28);
        assertThat(adolescents.matches(Sex.FEMALE, born, LocalDate.of(2022, 2, 27))).isFalse();
        assertThat(adolescents.matches(Sex.FEMALE, born, LocalDate.of(2022, 2, 28))).isTrue();
        assertThat(adolescents.matches(Sex.UNKNOWN, born, LocalDate.of(2028, 2, 27))).isTrue();
        assertThat(adolescents.matches(Sex.MALE, born, LocalDate.of(2028, 2, 28))).isFalse();
    }

    @Test
    void ageBand_shouldMatchItsSexOnly_andEverySexWithoutOne() {
        AgeBand men = new AgeBand(Sex.MALE, Period.ZERO, null);
        LocalDate born = LocalDate.of(1950, 6, 1);
        LocalDate today = LocalDate.of(2026, 11, 29);
        assertThat(men.matches(Sex.MALE, born, today)).isTrue();
        assertThat(men.matches(Sex.FEMALE, born, today)).isFalse();
        assertThat(men.matches(Sex.OTHER, born, today)).isFalse();
        assertThat(men.matches(Sex.UNKNOWN, born, today)).isFalse();
        assertThat(new AgeBand(null, Period.ZERO, null).matches(Sex.OTHER, born, today)).isTrue();
    }

    @Test
    void ageBand_inDays_shouldCountFromBirth() {
        AgeBand firstWeek = new AgeBand(null, Period.ZERO, Period.ofDays(7));
        LocalDate born = LocalDate.of(2026, 11, 20);
        assertThat(firstWeek.matches(Sex.MALE, born, born)).isTrue();
        assertThat(firstWeek.matches(Sex.MALE, born, born.plusDays(6))).isTrue();
        assertThat(firstWeek.matches(Sex.MALE, born, born.plusDays(7))).isFalse();
    }
}
