package org.hygie.core.session;

/**
 * A user's change of their own password.
 *
 * @param currentPassword the password in use, to prove that the owner is at the keyboard
 * @param newPassword the new password: 12 to 128 characters, different from the current one
 */
public record PasswordChange(String currentPassword, String newPassword) {
    /** Leaves the passwords out, so that a logged request never shows them. */
    @Override
    public String toString() {
        return "PasswordChange[***]";
    }
}
