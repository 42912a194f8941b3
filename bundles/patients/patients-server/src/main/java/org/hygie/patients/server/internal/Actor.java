package org.hygie.patients.server.internal;

import java.util.UUID;

import org.hygie.core.security.AuthenticatedUser;

/**
 * Who makes a change, as recorded on the rows.
 *
 * @param id the user's id, or null for the system (demo seeding)
 * @param name the name shown to people
 */
record Actor(UUID id, String name) {
    static final Actor DEMO = new Actor(null, "Hygie demo");

    static Actor of(AuthenticatedUser user) {
        String name = user.displayName() == null || user.displayName().isBlank() ? user.username() : user.displayName();
        return new Actor(user.userId(), name);
    }
}
