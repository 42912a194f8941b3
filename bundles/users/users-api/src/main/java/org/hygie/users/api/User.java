package org.hygie.users.api;

import java.time.Instant;
import java.util.UUID;

import org.hygie.core.security.Role;

/**
 * A user account as administrators see it. Never carries the password or its hash.
 *
 * @param id the account's id
 * @param username the login name: 3 to 64 characters among {@code a-z 0-9 . _ -}, unique
 * @param displayName the name shown to people ("Dr Camille Lefèvre")
 * @param role what the user may do
 * @param active false once deactivated: a deactivated user cannot log in
 * @param mustChangePassword whether the user must choose a new password before anything else
 * @param lockedUntil the end of a lock after too many failed logins, or null when not locked
 * @param createdAt when the account was created
 * @param version raised by each administrator's edit (name, role, deactivation): send it back in
 *        {@link UserUpdate#version()}
 */
public record User(UUID id, String username, String displayName, Role role, boolean active,
        boolean mustChangePassword, Instant lockedUntil, Instant createdAt, long version) {
    /** An account of version 0 (the constructor of version 1.0 of this package). */
    public User(UUID id, String username, String displayName, Role role, boolean active,
            boolean mustChangePassword, Instant lockedUntil, Instant createdAt) {
        this(id, username, displayName, role, active, mustChangePassword, lockedUntil, createdAt, 0);
    }
}
