package org.hygie.users.server.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Password hashing and lockout rules, PID {@value #PID}. The bundle configures it itself, in
 * {@code OSGI-INF/configurator/org.hygie.users.json}: each attribute from the environment
 * ({@code HYGIE_USERS_BCRYPT_COST}), else the configuration file ({@code users.bcryptCost}), else
 * the default written there, which must stay the one declared here.
 */
@ObjectClassDefinition(name = "Hygie users", description = "Password hashing, lockout after failed logins, password history")
public @interface UsersConfig {
    String PID = "org.hygie.users";

    @AttributeDefinition(description = "BCrypt cost (log2 of the rounds), 10 to 31; each step doubles the time of a login")
    int bcryptCost() default 12;

    @AttributeDefinition(description = "Consecutive failed logins that lock an account, 1 or more")
    int maxFailedLogins() default 5;

    @AttributeDefinition(description = "How long a lock lasts, in minutes, 1 or more")
    int lockMinutes() default 15;

    @AttributeDefinition(description = "How many of the last passwords (the current one included) a user may not choose again, 1 to 24")
    int passwordHistory() default 5;
}
