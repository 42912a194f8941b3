package org.hygie.patients.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Marks a recorded allergy as entered in error. Field codes on 422: {@code reason} {@code too_long}
 * (over 500), {@code version} {@code required}.
 *
 * @param reason why (optional: wrong patient, wrong substance...)
 * @param version the {@link Allergy#version()} the client read (required)
 */
public record AllergyRetraction(@Size(max = 500) String reason, @NotNull Long version) {
}
