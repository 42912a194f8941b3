package org.hygie.terminology.api;

/**
 * A class of the WHO Anatomical Therapeutic Chemical classification. A code's prefixes are its
 * ancestors: {@code J01CA04} (amoxicillin) belongs to {@code J01C} (penicillins).
 *
 * @param code the ATC code (1 to 7 characters)
 * @param label its name in the catalogue's language, or null when the catalogue has none
 */
public record AtcClass(String code, String label) {
}
