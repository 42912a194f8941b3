package org.hygie.users.api.accounts;

import java.util.UUID;

/**
 * A prescriber as an ordonnance names him.
 *
 * @param userId his account
 * @param name his name as shown ({@code Dr Hélène Martin})
 * @param rpps his RPPS number, or null when not given
 * @param specialty his specialty, or null
 * @param phone his phone, or null
 * @since 1.2
 */
public record Prescriber(UUID userId, String name, String rpps, String specialty, String phone) {
}
