package org.hygie.auth.server.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Session lifetimes, PID {@value #PID}. The bundle configures it itself, in
 * {@code OSGI-INF/configurator/org.hygie.auth.json}: each attribute from the environment
 * ({@code HYGIE_AUTH_IDLE_MINUTES}), else the configuration file ({@code auth.idleMinutes}), else
 * the default written there, which must stay the one declared here.
 */
@ObjectClassDefinition(name = "Hygie auth", description = "How long login sessions last")
public @interface AuthConfig {
    String PID = "org.hygie.auth";

    @AttributeDefinition(description = "Minutes without any request after which a session ends, 2 or more")
    int idleMinutes() default 30;

    @AttributeDefinition(description = "Hours after login after which a session ends whatever its use, 1 or more")
    int absoluteHours() default 12;
}
