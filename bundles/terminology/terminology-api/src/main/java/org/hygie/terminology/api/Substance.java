package org.hygie.terminology.api;

/**
 * An active substance of a drug.
 *
 * @param inn its international non-proprietary name in French (DCI), lower case as printed
 *        (for example {@code amoxicilline})
 * @param strength its amount per unit as written in the catalogue (for example {@code 500 mg}), or null
 */
public record Substance(String inn, String strength) {
}
