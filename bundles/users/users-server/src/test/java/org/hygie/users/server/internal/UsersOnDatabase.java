package org.hygie.users.server.internal;

import java.lang.annotation.Annotation;
import java.time.Clock;
import java.util.UUID;

import org.hygie.core.security.AuthenticatedUser;
import org.hygie.core.security.Role;
import org.hygie.platform.persistence.DatabaseClock;
import org.hygie.platform.persistence.Transactions;
import org.hygie.users.api.NewUser;
import org.hygie.users.api.User;
import org.hygie.users.api.accounts.UserAccountListener;
import org.hygie.users.api.accounts.UserAccounts;

/**
 * The users area on a test database, for the database tests of this area and of the areas that
 * need real accounts (auth's sessions, appointments' doctors): published in this module's
 * test-jar. BCrypt runs at its lowest allowed cost, so that logins stay quick.
 */
public final class UsersOnDatabase {
    /** A password that the policy accepts. */
    public static final String PASSWORD = "Correct-horse-42";

    final UserManager manager = new UserManager();

    public UsersOnDatabase(Transactions usersTx, Clock clock) {
        this(usersTx, clock, 5, 15);
    }

    UsersOnDatabase(Transactions usersTx, Clock clock, int maxFailedLogins, int lockMinutes) {
        manager.tx = usersTx;
        manager.clock = DatabaseClock.of(clock);
        manager.configure(config(maxFailedLogins, lockMinutes));
    }

    /** @return the accounts as the auth and appointments areas see them */
    public UserAccounts accounts() {
        return manager;
    }

    /** Tells the listener of deactivations and password resets, as DS would bind it. */
    public void listen(UserAccountListener listener) {
        manager.listeners.add(listener);
    }

    /** @return a new account with the password {@link #PASSWORD}, to be changed at first login */
    public AuthenticatedUser create(String username, Role role) {
        User user = manager.create(AuthenticatedUser.system("Test administrator"), new NewUser(username, "Test " + username, role, PASSWORD));
        return new AuthenticatedUser(user.id(), user.username(), user.displayName(), user.role(), user.mustChangePassword());
    }

    /** Deactivates the account as an administrator would. */
    public void deactivate(UUID id) {
        manager.deactivate(AuthenticatedUser.system("Test administrator"), id);
    }

    /** Resets the password as an administrator would, which ends the account's sessions. */
    public void resetPassword(UUID id) {
        manager.resetPassword(AuthenticatedUser.system("Test administrator"), id, null);
    }

    static UsersConfig config(int maxFailedLogins, int lockMinutes) {
        return new UsersConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return UsersConfig.class;
            }

            @Override
            public int bcryptCost() {
                return PasswordHasher.MIN_COST;
            }

            @Override
            public int maxFailedLogins() {
                return maxFailedLogins;
            }

            @Override
            public int lockMinutes() {
                return lockMinutes;
            }

            @Override
            public int passwordHistory() {
                return 5;
            }
        };
    }
}
