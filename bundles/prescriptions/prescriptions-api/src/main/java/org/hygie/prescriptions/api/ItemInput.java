package org.hygie.prescriptions.api;

import java.math.BigDecimal;

import jakarta.validation.constraints.Size;

/**
 * One line of a prescription to sign: a drug of the catalogue ({@code drugCis}) or, when the drug is
 * not in it, free text (which the safety checks cannot read: the answer says so). Exactly one of
 * the two. Field error codes (fields named {@code items[i].field}): {@code required},
 * {@code both_drug_and_text}, {@code unknown_drug}, {@code out_of_range}, {@code too_long};
 * for a narcotic, {@code narcotic_duration} (a duration in days is required, at most
 * {@link PrescriptionRules#NARCOTIC_MAX_DAYS}), {@code narcotic_renewal} (a narcotic is never renewed)
 * and {@code narcotic_dose} (a dose is required, written in words on the sheet).
 *
 * @param drugCis the CIS code of a catalogue drug, or null for a free-text line
 * @param freeText the drug and its dosage as written, when not in the catalogue
 * @param dose how much per take (for example {@code 1} or {@code 500}), more than 0
 * @param doseUnit unit of the dose (for example {@code comprimé}, {@code mg})
 * @param route route of administration (for example {@code orale}), or null for the drug's own
 * @param frequency how often, in plain French (for example {@code 3 fois par jour})
 * @param durationDays how long in days (1 to {@link PrescriptionRules#MAX_DAYS}), or null when given in boxes
 * @param boxes how many boxes (1 to {@link PrescriptionRules#MAX_BOXES}), or null when given in days
 * @param renewals how many times it may be dispensed again (0 to {@link PrescriptionRules#MAX_RENEWALS}; null is 0)
 * @param instructions anything else the patient must know (at meals, ...), or null
 * @param ald whether it treats the patient's long-term condition (affection de longue durée): printed
 *        in the upper zone of a bizone sheet; null is false
 */
public record ItemInput(@Size(max = 20) String drugCis, @Size(max = 500) String freeText, BigDecimal dose,
        @Size(max = 50) String doseUnit, @Size(max = 100) String route, @Size(max = 200) String frequency,
        Integer durationDays, Integer boxes, Integer renewals, @Size(max = 500) String instructions, Boolean ald) {
}
