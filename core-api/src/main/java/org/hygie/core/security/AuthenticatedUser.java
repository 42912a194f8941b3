package org.hygie.core.security;

import java.util.Objects;
import java.util.UUID;

/**
 * The caller of a request, as established from its bearer token.
 *
 * @param userId the user's id
 * @param username the login name
 * @param displayName the name shown to people
 * @param role the user's role
 * @param mustChangePassword whether the user must change their password before anything else
 */
public record AuthenticatedUser(UUID userId, String username, String displayName, Role role,
        boolean mustChangePassword) {
    public AuthenticatedUser {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
    }

    /** @return whether the user's role holds the permission. */
    public boolean can(String permission) {
        return role.has(permission);
    }
}
