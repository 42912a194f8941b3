package org.hygie.users.api;

import org.hygie.core.problem.Password;

/**
 * An administrator's password reset. The body itself is optional.
 *
 * @param temporaryPassword the new temporary password (12 to 128 characters); when absent the
 *        server generates one and returns it once in {@link PasswordResetResult}
 */
public record PasswordReset(
        @Password String temporaryPassword) {
    /** Leaves the password out, so that a logged request never shows it. */
    @Override
    public String toString() {
        return "PasswordReset[temporaryPassword=" + (temporaryPassword == null ? "absent" : "***") + "]";
    }
}
