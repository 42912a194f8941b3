package org.hygie.users.api.accounts;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hygie.core.security.AuthenticatedUser;
import org.hygie.core.security.Role;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Credentials and accounts, for the auth area. Implemented by the users area as an OSGi service.
 */
@ProviderType
public interface UserAccounts {
    /**
     * Checks a login attempt and keeps the lockout count: a wrong password counts one failure,
     * the configured number of consecutive failures locks the account for a while (that failure
     * itself is still {@link LoginCheck.Rejected}; attempts during the lock are
     * {@link LoginCheck.Locked}, even with the right password), a success resets the count. An
     * account holding {@code USERS_MANAGE} is never locked (its failures are counted, not locked
     * on), so that anonymous tries cannot keep every administrator out. Should take the same time
     * (the BCrypt work of a real check) whether the username exists, the account is deactivated or
     * locked, or the password is wrong: the caller answers them alike.
     *
     * @param username the login name as typed (compared case-insensitively)
     * @param password the password as typed
     * @return the outcome; never null, never an exception for wrong credentials
     */
    LoginCheck verify(String username, String password);

    /**
     * @return the active account with this id, with its current role and flags, or empty when it
     *         does not exist or is deactivated
     */
    Optional<AuthenticatedUser> findActive(UUID userId);

    /**
     * For areas that pick people by role (the appointments area lists the doctors that can be
     * booked) without reading the users area's tables.
     *
     * @return the active accounts holding this role, ordered by display name then username
     */
    List<AuthenticatedUser> activeWithRole(Role role);

    /**
     * For the prescriptions area, which prints who prescribed.
     *
     * @return the account's prescriber details (its name, RPPS number, specialty and phone), or
     *         empty when no account has this id
     * @since 1.2
     */
    Optional<Prescriber> prescriber(UUID userId);

    /**
     * Changes the user's own password and clears the obligation to change it.
     *
     * @throws org.hygie.core.problem.HygieException 422 on {@code currentPassword} when it is
     *         wrong, on {@code newPassword} when it breaks the policy (12 to 128 characters, the
     *         rules of {@link org.hygie.core.problem.PasswordRules} with the account's names, none
     *         of its last passwords); 404 when the account is not active
     */
    void changePassword(UUID userId, String currentPassword, String newPassword);
}
