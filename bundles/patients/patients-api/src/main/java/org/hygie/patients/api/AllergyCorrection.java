package org.hygie.patients.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A correction of a recorded allergy: its new substance, reaction and severity. The values it
 * replaces are kept, with who corrected them and when. Field codes on 422: as {@link AllergyInput},
 * and {@code version} {@code required}.
 *
 * @param substance what the patient reacts to (required, at most 200 characters)
 * @param reaction the observed reaction (optional, at most 500 characters)
 * @param severity how severe (required)
 * @param version the {@link Allergy#version()} the client read (required)
 * @param allergenCode the allergen of the catalogue it is now coded with, or null for free text
 *        (a code it had is then replaced, and kept with the old values)
 */
public record AllergyCorrection(@NotBlank @Size(max = 200) String substance, @Size(max = 500) String reaction,
        @NotNull AllergySeverity severity, @NotNull Long version, @Size(max = 80) String allergenCode) {
    /** A correction to free text. */
    public AllergyCorrection(String substance, String reaction, AllergySeverity severity, Long version) {
        this(substance, reaction, severity, version, null);
    }
}
