package org.hygie.users.api;

/**
 * The answer to a password reset.
 *
 * @param user the account, which must now change its password at next login
 * @param temporaryPassword the password the server generated, shown this once and never stored in
 *        clear; null when the administrator chose the temporary password
 */
public record PasswordResetResult(User user, String temporaryPassword) {
    /** Leaves the password out, so that a logged answer never shows it. */
    @Override
    public String toString() {
        return "PasswordResetResult[user=" + user + ", temporaryPassword=" + (temporaryPassword == null ? "null" : "***") + "]";
    }
}
