package org.hygie.patients.desktop.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.hygie.patients.api.PatientSummary;
import org.hygie.patients.api.PatientSummary.Match;
import org.hygie.patients.api.Sex;
import org.junit.jupiter.api.Test;

class NamesTest {
    private static final LocalDate BORN = LocalDate.of(1980, 3, 14);

    private static PatientSummary patient(String last, String first, LocalDate born) {
        return new PatientSummary(UUID.randomUUID(), "000000018", last, first, born, Sex.FEMALE, Match.PREFIX);
    }

    @Test
    void normalise_shouldIgnoreCaseAccentsHyphensAndSpaces() {
        assertThat(Names.normalise("Hélène-Marie")).isEqualTo(Names.normalise("helene marie"));
        assertThat(Names.normalise("D’Aubigné")).isEqualTo("daubigne");
        assertThat(Names.normalise(null)).isEmpty();
    }

    @Test
    void duplicates_shouldKeepOnlySameNamesAndSameBirthDate() {
        PatientSummary same = patient("DUPONT", "Hélène", BORN);
        PatientSummary otherDay = patient("Dupont", "Hélène", BORN.plusDays(1));
        PatientSummary otherName = patient("Dupond", "Hélène", BORN);
        PatientSummary longerFirstName = patient("Dupont", "Hélène-Marie", BORN);
        assertThat(Names.duplicates(List.of(same, otherDay, otherName, longerFirstName), "dupont", "helene", BORN))
                .containsExactly(same);
    }

    @Test
    void age_shouldCountFullYearsOnly() {
        assertThat(Names.age(BORN, LocalDate.of(2020, 3, 13))).isEqualTo(39);
        assertThat(Names.age(BORN, LocalDate.of(2020, 3, 14))).isEqualTo(40);
    }
}
