package org.hygie.users.api;

import org.hygie.core.security.Role;

/**
 * What an administrator gives to create an account. The account must change its temporary
 * password at first login.
 *
 * @param username the login name: 3 to 64 characters among {@code a-z 0-9 . _ -}, unique
 * @param displayName the name shown to people, at most 200 characters
 * @param role the user's role
 * @param temporaryPassword 12 to 128 characters, to hand over to the user
 */
public record NewUser(String username, String displayName, Role role, String temporaryPassword) {
    /** Leaves the password out, so that a logged request never shows it. */
    @Override
    public String toString() {
        return "NewUser[username=" + username + ", displayName=" + displayName + ", role=" + role + "]";
    }
}
