package org.hygie.terminology.api.knowledge;

import org.hygie.terminology.api.Allergen;

/**
 * Why a drug is unsafe for a patient's allergy.
 *
 * @param allergen the allergen the allergy is (or was read as, from free text)
 * @param substance the drug's substance (DCI) that matched, or null when the match is by class only
 * @param viaClass the ATC class through which it matched (a cross-reaction), or null for the same substance
 * @param fromFreeText whether the allergy was recorded as free text and matched by its normalised
 *        name, which the alert must say (it may be a wrong reading)
 */
public record AllergyMatch(Allergen allergen, String substance, String viaClass, boolean fromFreeText) {
}
