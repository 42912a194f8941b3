package org.hygie.users.api;

import org.hygie.core.problem.Password;
import org.hygie.core.security.Role;
import org.hygie.users.api.UserRules.PasswordNotUsername;
import org.hygie.users.api.UserRules.Username;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What an administrator gives to create an account. The account must change its temporary
 * password at first login. Field error codes: {@code username} {@code required}, {@code length},
 * {@code format}; {@code displayName} {@code required}, {@code too_long}; {@code role}
 * {@code required}; {@code temporaryPassword} {@code required}, {@code too_short}, {@code too_long},
 * {@code common_password}, {@code trivial_password}, {@code same_as_username}, {@code contains_name}
 * (the rules of {@link org.hygie.core.problem.PasswordRules}).
 *
 * @param username the login name: 3 to 64 characters among {@code a-z 0-9 . _ -}, unique
 * @param displayName the name shown to people, at most 200 characters
 * @param role the user's role
 * @param temporaryPassword 12 to 128 characters, to hand over to the user
 */
@PasswordNotUsername
public record NewUser(@Username String username, @NotBlank @Size(max = 200) String displayName, @NotNull Role role,
        @NotNull @Password String temporaryPassword) {
    /** Leaves the password out, so that a logged request never shows it. */
    @Override
    public String toString() {
        return "NewUser[username=" + username + ", displayName=" + displayName + ", role=" + role + "]";
    }
}
