package org.hygie.patients.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A new allergy. Field codes on 422: {@code substance} {@code required}/{@code too_long} (over 200),
 * {@code reaction} {@code too_long} (over 500), {@code severity} {@code required},
 * {@code allergenCode} {@code too_long} (over 80) or {@code unknown_allergen} (not in the catalogue).
 *
 * @param substance what the patient reacts to (required), as the user wrote it or the allergen's label
 * @param reaction the observed reaction (optional)
 * @param severity how severe (required; {@link AllergySeverity#UNKNOWN} when not known)
 * @param allergenCode the allergen of the catalogue (GET /api/allergens) it is coded with, or null
 *        to keep it as free text
 */
public record AllergyInput(@NotBlank @Size(max = 200) String substance, @Size(max = 500) String reaction,
        @NotNull AllergySeverity severity, @Size(max = 80) String allergenCode) {
    /** An allergy kept as free text. */
    public AllergyInput(String substance, String reaction, AllergySeverity severity) {
        this(substance, reaction, severity, null);
    }
}
