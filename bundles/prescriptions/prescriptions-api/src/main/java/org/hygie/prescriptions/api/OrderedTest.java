package org.hygie.prescriptions.api;

/**
 * A test of a lab order, with what the catalogue said of it when ordered.
 *
 * @param loinc its LOINC code
 * @param name its name
 * @param specimen what is sampled, or null
 * @param unit the UCUM unit of its result, or null
 */
public record OrderedTest(String loinc, String name, String specimen, String unit) {
}
