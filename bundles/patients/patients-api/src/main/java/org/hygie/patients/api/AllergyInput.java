package org.hygie.patients.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A new allergy. Field codes on 422: {@code substance} {@code required}/{@code too_long} (over 200),
 * {@code reaction} {@code too_long} (over 500), {@code severity} {@code required}.
 *
 * @param substance what the patient reacts to (required)
 * @param reaction the observed reaction (optional)
 * @param severity how severe (required; {@link AllergySeverity#UNKNOWN} when not known)
 */
public record AllergyInput(@NotBlank @Size(max = 200) String substance, @Size(max = 500) String reaction,
        @NotNull AllergySeverity severity) {
}
