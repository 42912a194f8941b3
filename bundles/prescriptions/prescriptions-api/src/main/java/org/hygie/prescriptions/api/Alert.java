package org.hygie.prescriptions.api;

/**
 * What the safety checks found when signing. An interrupting alert ({@code interrupts}) stops the
 * signature (422, the alerts in the problem's {@code alerts} member) until it is overridden with a
 * reason; the others come back as notes with the signed prescription.
 *
 * @param key stable for the same finding on the same prescription: what an {@link OverrideInput} names
 * @param type allergy, interaction, or a line that could not be checked
 * @param level for an interaction the French level ({@code CONTRAINDICATION}, {@code NOT_RECOMMENDED},
 *        {@code PRECAUTION}, {@code TO_CONSIDER}); for an allergy the recorded severity ({@code SEVERE},
 *        {@code MODERATE}, {@code MILD}, {@code UNKNOWN}); null for a line not checked
 * @param interrupts whether it stops the signature until overridden: the two severe interaction
 *        levels, and an allergy recorded as severe or of unknown severity
 * @param line the line (from 1) of the prescription it is about
 * @param drug the drug of that line, as named on it
 * @param allergen for an allergy, what the patient is allergic to, as recorded
 * @param otherDrug for an interaction, the other drug
 * @param otherPrescriptionId for an interaction with another active prescription, that prescription
 * @param message what the prescriber must know, in French
 * @param fromFreeText for an allergy, whether the allergy was recorded as free text and read by its
 *        name (the message says so: it may be a wrong reading)
 */
public record Alert(String key, AlertType type, String level, boolean interrupts, int line, String drug,
        String allergen, String otherDrug, java.util.UUID otherPrescriptionId, String message, boolean fromFreeText) {
}
