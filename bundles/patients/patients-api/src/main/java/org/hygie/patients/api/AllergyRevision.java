package org.hygie.patients.api;

import java.time.Instant;

/**
 * A state an allergy had before it was corrected or marked entered in error: the values it held
 * then, who had recorded them and when, and when they were replaced. Clinical data, never deleted.
 *
 * @param version the allergy's version while it held these values (0 for the first recording)
 * @param substance what the patient reacted to, as then recorded
 * @param reaction the reaction then recorded, or null
 * @param severity the severity then recorded
 * @param status the status then (always {@link AllergyStatus#ACTIVE}: an allergy entered in error
 *        is not changed again)
 * @param recordedAt when these values were recorded
 * @param recordedBy who recorded them (the user's display name)
 * @param replacedAt when the next change replaced them
 */
public record AllergyRevision(long version, String substance, String reaction, AllergySeverity severity,
        AllergyStatus status, Instant recordedAt, String recordedBy, Instant replacedAt) {
}
