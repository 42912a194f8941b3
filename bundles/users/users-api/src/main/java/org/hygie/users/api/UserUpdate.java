package org.hygie.users.api;

import org.hygie.core.security.Role;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The editable fields of an account. The username never changes: it is how people log in and how
 * logs name them.
 *
 * @param displayName the name shown to people, at most 200 characters
 * @param role the user's role; an administrator cannot change their own
 * @param version the {@link User#version()} the client read: the edit is refused (409,
 *        {@code currentVersion} in the problem) when another administrator changed the account since
 */
public record UserUpdate(@NotBlank @Size(max = 200) String displayName, @NotNull Role role, @NotNull Long version) {
    /** An edit without a version (the constructor of version 1.0 of this package): refused with 422. */
    public UserUpdate(String displayName, Role role) {
        this(displayName, role, null);
    }
}
