package org.hygie.users.api.accounts;

import java.time.Instant;

import org.hygie.core.security.AuthenticatedUser;

/**
 * The outcome of {@link UserAccounts#verify}. Deliberately does not say whether the username
 * exists, the password was wrong or the account is deactivated: all are {@link Rejected}.
 */
public sealed interface LoginCheck {
    /** The credentials are right and the account is active and not locked. */
    record Accepted(AuthenticatedUser user) implements LoginCheck {
    }

    /** Unknown username, wrong password or deactivated account. */
    record Rejected() implements LoginCheck {
    }

    /** The account is locked after too many failures, until the given instant. */
    record Locked(Instant until) implements LoginCheck {
    }
}
