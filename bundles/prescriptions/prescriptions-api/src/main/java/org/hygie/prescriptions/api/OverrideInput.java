package org.hygie.prescriptions.api;

import jakarta.validation.constraints.Size;

/**
 * The prescriber's decision to sign despite an interrupting alert. Field error codes (fields named
 * {@code overrides[i].field}): {@code reason} {@code required} (an override without a reason is
 * refused), {@code too_long}; {@code key} {@code required}, {@code unknown_alert} (no alert of this
 * prescription has this key).
 *
 * @param key the {@link Alert#key()} of the alert overridden
 * @param reason why the prescriber goes on (kept with who and when, shown on the prescription ever after)
 */
public record OverrideInput(@Size(max = 200) String key, @Size(max = 1000) String reason) {
}
