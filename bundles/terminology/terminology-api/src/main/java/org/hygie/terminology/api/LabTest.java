package org.hygie.terminology.api;

/**
 * A lab test of the catalogue.
 *
 * @param loinc its LOINC code (for example {@code 2823-3})
 * @param name its name to show (for example {@code Potassium})
 * @param specimen what is sampled (for example {@code Sérum ou plasma})
 * @param unit the UCUM unit its results are reported in (for example {@code mmol/L}), or null for a
 *        coded or text result
 * @param panel the panel it belongs to for ordering (for example {@code Ionogramme}), or null
 */
public record LabTest(String loinc, String name, String specimen, String unit, String panel) {
}
