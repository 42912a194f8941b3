package org.hygie.core.session;

import jakarta.validation.constraints.NotBlank;

/**
 * A login attempt. Field error codes: {@code username}, {@code password}: {@code required}.
 *
 * @param username the login name
 * @param password the password
 */
public record Credentials(@NotBlank String username, @NotBlank String password) {
    /** Leaves the password out, so that a logged request never shows it. */
    @Override
    public String toString() {
        return "Credentials[username=" + username + "]";
    }
}
