package org.hygie.users.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a printed ordonnance says of its prescriber beyond his name (Code de la santé publique
 * R.5132-3): his RPPS number, specialty and phone. Field error codes: {@code rpps}
 * {@code invalid_format} (not 11 digits); {@code specialty}, {@code phone} {@code too_long};
 * {@code phone} {@code invalid_format}; {@code version} {@code required}.
 *
 * @param rpps the 11-digit number of the national directory of health professionals (RPPS), or
 *        null when none (a prescription of his cannot be printed then)
 * @param specialty his specialty as printed (for example {@code Médecine générale}), or null
 * @param phone his phone number as printed, or null (a prescription of his cannot be printed then)
 * @param version the account's {@link User#version()} read: 409 with {@code currentVersion} when stale;
 *        answered with the version after the change
 * @since 1.2
 */
public record PrescriberDetails(@Pattern(regexp = "[0-9]{11}") String rpps, @Size(max = 100) String specialty,
        @Size(max = 30) @Pattern(regexp = "[0-9 +().-]*") String phone, @NotNull Long version) {
}
