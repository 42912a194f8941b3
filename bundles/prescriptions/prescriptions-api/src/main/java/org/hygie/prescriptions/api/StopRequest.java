package org.hygie.prescriptions.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Stopping a prescription. Field error codes: {@code reason} {@code required}, {@code too_long};
 * {@code version} {@code required}.
 *
 * @param reason why it is stopped (kept with who and when)
 * @param version the {@link Prescription#version()} read: 409 with {@code currentVersion} when stale
 */
public record StopRequest(@Size(max = 1000) String reason, @NotNull Long version) {
}
