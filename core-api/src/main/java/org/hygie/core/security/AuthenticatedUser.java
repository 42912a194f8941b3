package org.hygie.core.security;

import java.util.Objects;
import java.util.UUID;

/**
 * The caller of a service: the one type every area's services take to know who asks (for
 * ownership rules) and who did what (recorded on the rows). A request's caller is established from
 * its bearer token ({@link CurrentUser}); work the platform does on its own account (demo seeding,
 * start-up jobs) runs as a {@linkplain #system(String) system caller}.
 *
 * @param userId the user's id; {@link #SYSTEM_ID} for a system caller
 * @param username the login name
 * @param displayName the name shown to people
 * @param role the user's role
 * @param mustChangePassword whether the user must change their password before anything else
 */
public record AuthenticatedUser(UUID userId, String username, String displayName, Role role,
        boolean mustChangePassword) {
    /** The id of a system caller: the nil UUID, which no account ever has (accounts get random ones). */
    public static final UUID SYSTEM_ID = new UUID(0L, 0L);
    /** The login name of a system caller; not a valid username, so no account can take it. */
    public static final String SYSTEM_USERNAME = "(system)";

    public AuthenticatedUser {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
    }

    /**
     * The platform acting on its own account, for work no person asked for (demo seeding, start-up
     * jobs). It holds every permission: what it does is decided by code, not by a request. Rows it
     * writes record no user id ({@link #recordedId()}) and the given name.
     *
     * @param name what the rows it writes show as their author, such as "Hygie demo"
     */
    public static AuthenticatedUser system(String name) {
        Objects.requireNonNull(name, "name");
        return new AuthenticatedUser(SYSTEM_ID, SYSTEM_USERNAME, name, Role.ADMIN, false);
    }

    /** @return whether this is the platform acting on its own account rather than a person */
    public boolean isSystem() {
        return SYSTEM_ID.equals(userId);
    }

    /** @return whether the caller holds the permission: its role's, or every one for the system. */
    public boolean can(String permission) {
        return isSystem() || role.has(permission);
    }

    /** @return the id to record as author of a change: the user's, or null for the system */
    public UUID recordedId() {
        return isSystem() ? null : userId;
    }

    /** @return the name to record as author of a change: the display name, else the username */
    public String name() {
        return displayName == null || displayName.isBlank() ? username : displayName;
    }
}
