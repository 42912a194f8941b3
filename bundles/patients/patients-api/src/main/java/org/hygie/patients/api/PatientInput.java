package org.hygie.patients.api;

import java.time.LocalDate;

import org.hygie.patients.api.PatientRules.BirthDate;
import org.hygie.patients.api.PatientRules.Email;
import org.hygie.patients.api.PatientRules.Name;
import org.hygie.patients.api.PatientRules.Phone;
import org.hygie.patients.api.PatientRules.ValidNir;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a client sends to create ({@code POST}) or update ({@code PUT}) a patient. The server
 * checks every field (the constraints below) and answers 422 listing all the invalid ones; the
 * field codes are:
 * <ul>
 * <li>{@code lastName}, {@code firstName}: {@code required}, {@code too_long} (over 100 characters),
 * {@code invalid_characters} (control characters or no letter at all);</li>
 * <li>{@code birthDate}: {@code required}, {@code in_future}, {@code too_old} (before 1900-01-01);</li>
 * <li>{@code sex}: {@code required};</li>
 * <li>{@code phone}: {@code too_long} (over 30), {@code invalid_format} (digits, spaces, {@code + . - ( )},
 * at least 4 digits);</li>
 * <li>{@code email}: {@code too_long} (over 254), {@code invalid_format};</li>
 * <li>{@code address}: {@code too_long} (over 500);</li>
 * <li>{@code nir}: {@code invalid_format} (not 13 characters + 2-digit key), {@code invalid_key}
 * (the key does not match);</li>
 * <li>{@code version}: {@code required} on update.</li>
 * </ul>
 *
 * @param lastName family name, as written on the identity document (required, at most 100 characters)
 * @param firstName given name(s) (required, at most 100 characters)
 * @param birthDate date of birth (required, not in the future, not before 1900-01-01)
 * @param sex administrative sex (required)
 * @param phone phone number (optional)
 * @param email e-mail address (optional)
 * @param address postal address as free text (optional, at most 500 characters)
 * @param nir French social-security number (optional; 15 characters, spaces ignored; Corsican
 *        departments written {@code 2A}/{@code 2B}; must carry a valid key when given)
 * @param version on update, the {@link Patient#version()} the client read; ignored on creation
 */
public record PatientInput(@Name String lastName, @Name String firstName, @NotNull @BirthDate LocalDate birthDate,
        @NotNull Sex sex, @Phone String phone, @Email String email, @Size(max = 500) String address,
        @ValidNir String nir, Long version) {
}
