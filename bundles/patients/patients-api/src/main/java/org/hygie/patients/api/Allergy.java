package org.hygie.patients.api;

import java.time.Instant;
import java.util.UUID;

/**
 * An allergy recorded for a patient (clinical data), as it stands now.
 *
 * @param id the allergy's id
 * @param substance what the patient reacts to
 * @param reaction the observed reaction, or null
 * @param severity how severe the reaction is
 * @param status whether it stands or was entered in error
 * @param notedAt when it was recorded
 * @param notedBy who recorded it (the user's display name)
 * @param changedAt when it was last corrected or marked entered in error, or null when never
 * @param changedBy who did (the user's display name), or null when never
 * @param errorReason why it was marked entered in error, when it was and a reason was given
 * @param version the optimistic-lock version: send it back to correct it or mark it
 * @param allergenCode the allergen of the catalogue it is coded with ({@code inn:amoxicilline},
 *        {@code atc:J01C}: GET /api/allergens), or null for an allergy kept as free text, which
 *        prescriptions then read by its substance's name
 */
public record Allergy(UUID id, String substance, String reaction, AllergySeverity severity, AllergyStatus status,
        Instant notedAt, String notedBy, Instant changedAt, String changedBy, String errorReason, long version,
        String allergenCode) {
    /** An allergy kept as free text (the form before allergies could be coded). */
    public Allergy(UUID id, String substance, String reaction, AllergySeverity severity, AllergyStatus status,
            Instant notedAt, String notedBy, Instant changedAt, String changedBy, String errorReason, long version) {
        this(id, substance, reaction, severity, status, notedAt, notedBy, changedAt, changedBy, errorReason, version,
                null);
    }
}
