package org.hygie.patients.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A patient's demographic record.
 *
 * @param id the patient's id
 * @param mrn the medical record number, assigned by the server: 9 digits, the first 8 from a
 *        sequence (zero-padded) and the last a Luhn check digit over them (e.g. {@code 000000018})
 * @param lastName family name as entered
 * @param firstName given name(s) as entered
 * @param birthDate date of birth
 * @param sex administrative sex
 * @param phone phone number, or null
 * @param email e-mail address, or null
 * @param address postal address, or null
 * @param nir French social-security number (15 characters, no spaces), or null
 * @param createdAt when the record was created
 * @param updatedAt when the record was last changed
 * @param version the optimistic-lock version: send it back in {@link PatientInput#version()} to update
 */
public record Patient(UUID id, String mrn, String lastName, String firstName, LocalDate birthDate, Sex sex,
        String phone, String email, String address, String nir, Instant createdAt, Instant updatedAt,
        long version) {
}
