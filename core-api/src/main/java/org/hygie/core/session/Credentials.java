package org.hygie.core.session;

/**
 * A login attempt.
 *
 * @param username the login name
 * @param password the password
 */
public record Credentials(String username, String password) {
    /** Leaves the password out, so that a logged request never shows it. */
    @Override
    public String toString() {
        return "Credentials[username=" + username + "]";
    }
}
