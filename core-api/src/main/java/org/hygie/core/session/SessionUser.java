package org.hygie.core.session;

import java.util.UUID;

import org.hygie.core.security.AuthenticatedUser;
import org.hygie.core.security.Role;

/**
 * The logged-in user, as the desktop needs it to greet them and hide what their role may not do.
 *
 * @param id the user's id
 * @param username the login name
 * @param displayName the name shown to people
 * @param role the user's role
 * @param mustChangePassword whether the user must change their password before anything else
 */
public record SessionUser(UUID id, String username, String displayName, Role role, boolean mustChangePassword) {
    /** @return the DTO of an authenticated caller. */
    public static SessionUser of(AuthenticatedUser user) {
        return new SessionUser(user.userId(), user.username(), user.displayName(), user.role(),
                user.mustChangePassword());
    }
}
