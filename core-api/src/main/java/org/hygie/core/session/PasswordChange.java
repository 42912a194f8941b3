package org.hygie.core.session;

import org.hygie.core.problem.Password;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * A user's change of their own password. Field error codes: {@code currentPassword}
 * {@code required}, {@code wrong_password}; {@code newPassword} {@code required}, {@code too_short},
 * {@code too_long}, {@code common_password}, {@code trivial_password}, {@code same_as_current},
 * {@code same_as_username}, {@code contains_name}, {@code reused_password} (one of the account's last
 * passwords): the rules of {@link org.hygie.core.problem.PasswordRules}.
 *
 * @param currentPassword the password in use, to prove that the owner is at the keyboard
 * @param newPassword the new password: 12 to 128 characters, neither common nor trivial, without
 *        the user's names, and none of their recent passwords
 */
@AuthRules.NewPassword
public record PasswordChange(@NotBlank String currentPassword, @NotNull @Password String newPassword) {
    /** Leaves the passwords out, so that a logged request never shows them. */
    @Override
    public String toString() {
        return "PasswordChange[***]";
    }
}
