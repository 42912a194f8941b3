package org.hygie.terminology.api;

/**
 * Something a patient may be allergic to, coded so that prescriptions can be checked against it.
 *
 * @param code its stable code: {@code inn:<dci>} for a substance ({@code inn:amoxicilline}),
 *        {@code atc:<code>} for a class ({@code atc:J01C}); kept on the patient's allergy
 * @param label its name to show (for example {@code Pénicillines})
 * @param kind a substance or a class
 * @param atc for a class, its ATC class; for a substance, the class it cross-reacts with (an allergy
 *        to amoxicillin warns for every penicillin), or null when none is known
 */
public record Allergen(String code, String label, AllergenKind kind, AtcClass atc) {
}
