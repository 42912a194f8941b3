package org.hygie.prescriptions.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Cancelling a lab order. Field error codes: {@code reason} {@code required}, {@code too_long};
 * {@code version} {@code required}.
 *
 * @param reason why (kept with who and when)
 * @param version the {@link LabOrder#version()} read: 409 with {@code currentVersion} when stale
 */
public record Cancellation(@Size(max = 1000) String reason, @NotNull Long version) {
}
