package org.hygie.prescriptions.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * A line of a signed prescription, with what the catalogue said of its drug when it was signed.
 *
 * @param line its number, from 1
 * @param drugCis the catalogue drug's CIS code, or null for a free-text line
 * @param drugName the drug's name as marketed, or null for a free-text line
 * @param substances its active substances by DCI with their strength ({@code amoxicilline 500 mg}),
 *        what the sheet prints first
 * @param atc its ATC code, or null
 * @param narcotic whether it is a narcotic (printed on a secure-form layout, quantities in words)
 * @param freeText the line as written, for a drug not in the catalogue
 */
public record Item(int line, String drugCis, String drugName, List<String> substances, String atc, boolean narcotic,
        String freeText, BigDecimal dose, String doseUnit, String route, String frequency, Integer durationDays,
        Integer boxes, int renewals, String instructions, boolean ald) {
    public Item {
        substances = substances == null ? List.of() : List.copyOf(substances);
    }
}
