package org.hygie.users.server.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Password hashing and lockout rules, PID {@value #PID} (env HYGIE_USERS_BCRYPT_COST ...). */
@ObjectClassDefinition(name = "Hygie users", description = "Password hashing and lockout after failed logins")
public @interface UsersConfig {
    String PID = "org.hygie.users";

    @AttributeDefinition(description = "BCrypt cost (log2 of the rounds), 10 to 31; each step doubles the time of a login")
    int bcryptCost() default 12;

    @AttributeDefinition(description = "Consecutive failed logins that lock an account, 1 or more")
    int maxFailedLogins() default 5;

    @AttributeDefinition(description = "How long a lock lasts, in minutes, 1 or more")
    int lockMinutes() default 15;
}
