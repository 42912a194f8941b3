package org.hygie.core.session;

import org.hygie.core.problem.Password;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * A user's change of their own password. Field error codes: {@code currentPassword}
 * {@code required}, {@code wrong_password}; {@code newPassword} {@code required}, {@code too_short},
 * {@code too_long}, {@code same_as_current}, {@code same_as_username}.
 *
 * @param currentPassword the password in use, to prove that the owner is at the keyboard
 * @param newPassword the new password: 12 to 128 characters, different from the current one
 */
@AuthRules.NewPassword
public record PasswordChange(@NotBlank String currentPassword, @NotNull @Password String newPassword) {
    /** Leaves the passwords out, so that a logged request never shows them. */
    @Override
    public String toString() {
        return "PasswordChange[***]";
    }
}
