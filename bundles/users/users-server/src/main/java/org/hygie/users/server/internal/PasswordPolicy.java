package org.hygie.users.server.internal;

import org.hygie.core.problem.Checks;

/**
 * What a new password must be: 12 to 128 characters (Unicode code points, so that an accented
 * letter or an emoji counts as one), different from the current one and from the username.
 * Length is what makes a password strong; composition rules are left out on purpose (NIST SP
 * 800-63B).
 */
final class PasswordPolicy {
    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /**
     * Records on {@code field} every rule the password breaks.
     *
     * @param current the current password, or null when there is none to compare (creation, reset)
     * @param username the account's username, or null
     */
    static void check(Checks checks, String field, String password, String current, String username) {
        if (password == null || password.isEmpty()) {
            checks.reject(field, "required", field + " is required");
            return;
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            checks.reject(field, "too_short", field + " must be at least " + MIN_LENGTH + " characters");
        } else if (length > MAX_LENGTH) {
            checks.reject(field, "too_long", field + " must be at most " + MAX_LENGTH + " characters");
        }
        if (current != null && password.equals(current)) {
            checks.reject(field, "same_as_current", "the new password must differ from the current one");
        }
        if (username != null && password.strip().equalsIgnoreCase(username)) {
            checks.reject(field, "same_as_username", "the password must differ from the username");
        }
    }
}
