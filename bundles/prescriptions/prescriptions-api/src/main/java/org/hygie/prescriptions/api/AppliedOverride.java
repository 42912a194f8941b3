package org.hygie.prescriptions.api;

import java.time.Instant;
import java.util.UUID;

/**
 * An interrupting alert the prescriber signed despite, kept with the prescription for ever.
 *
 * @param alert the alert as it was when signing
 * @param reason why the prescriber went on
 * @param by who overrode it (the prescriber's account)
 * @param byName the prescriber's name
 * @param at when
 */
public record AppliedOverride(Alert alert, String reason, UUID by, String byName, Instant at) {
}
