package org.hygie.auth.server.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Session lifetimes and the throttling of failed logins ({@link LoginThrottle}), PID {@value #PID}. The bundle configures it itself, in
 * {@code OSGI-INF/configurator/org.hygie.auth.json}: each attribute from the environment
 * ({@code HYGIE_AUTH_IDLE_MINUTES}), else the configuration file ({@code auth.idleMinutes}), else
 * the default written there, which must stay the one declared here.
 */
@ObjectClassDefinition(name = "Hygie auth", description = "How long login sessions last, how failed logins are slowed down")
public @interface AuthConfig {
    String PID = "org.hygie.auth";

    @AttributeDefinition(description = "Minutes without any request after which a session ends, 2 or more")
    int idleMinutes() default 30;

    @AttributeDefinition(description = "Hours after login after which a session ends whatever its use, 1 or more")
    int absoluteHours() default 12;

    @AttributeDefinition(description = "Failed logins from one client address after which each further one makes it wait, 1 or more")
    int throttleAddressFailures() default 10;

    @AttributeDefinition(description = "Failed logins of one username from one client address after which each further one makes it wait, 1 or more")
    int throttleAccountFailures() default 5;

    @AttributeDefinition(description = "The longest wait between two login tries once throttled, in seconds (the wait doubles from 1 s up to it)")
    int throttleMaxSeconds() default 900;
}
