package org.hygie.patients.desktop.internal;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;

import org.hygie.patients.api.PatientSummary;

/** Name and date rules the patients view applies before asking the server. */
final class Names {
    private Names() {
    }

    /** @return lower case, without accents, with only letters kept ("Hélène-Marie" → "helenemarie") */
    static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
    }

    /**
     * Should keep the found patients who are likely the same person as the one about to be created:
     * same normalised last and first names and same birth date (the server's own duplicate rule).
     */
    static List<PatientSummary> duplicates(List<PatientSummary> found, String lastName, String firstName,
            LocalDate birthDate) {
        String last = normalise(lastName);
        String first = normalise(firstName);
        return found.stream().filter(p -> birthDate.equals(p.birthDate()) && normalise(p.lastName()).equals(last)
                && normalise(p.firstName()).equals(first)).toList();
    }

    /** @return full years from birth to the day */
    static int age(LocalDate birthDate, LocalDate today) {
        return Period.between(birthDate, today).getYears();
    }
}
