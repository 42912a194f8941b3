package org.hygie.patients.api;

/**
 * A new allergy. Field codes on 422: {@code substance} {@code required}/{@code too_long} (over 200),
 * {@code reaction} {@code too_long} (over 500), {@code severity} {@code required}.
 *
 * @param substance what the patient reacts to (required)
 * @param reaction the observed reaction (optional)
 * @param severity how severe (required; {@link AllergySeverity#UNKNOWN} when not known)
 */
public record AllergyInput(String substance, String reaction, AllergySeverity severity) {
}
