package org.hygie.patients.api;

import java.time.Instant;
import java.util.UUID;

/**
 * An allergy recorded for a patient (clinical data).
 *
 * @param id the allergy's id
 * @param substance what the patient reacts to
 * @param reaction the observed reaction, or null
 * @param severity how severe the reaction is
 * @param notedAt when it was recorded
 * @param notedBy who recorded it (the user's display name)
 */
public record Allergy(UUID id, String substance, String reaction, AllergySeverity severity, Instant notedAt,
        String notedBy) {
}
