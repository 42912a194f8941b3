package org.hygie.core.health;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A part of the server that takes time to become ready (an area's database schema, its
 * persistence unit). Registered as an OSGi service; the health endpoint answers 503 while any
 * registered readiness is not {@link State#READY}.
 */
@ConsumerType
public interface Readiness {
    enum State {
        STARTING, READY, FAILED
    }

    /** @return the name shown in the health answer, such as an area name ({@code patients}). */
    String name();

    /** @return the current state. */
    State state();

    /** @return why it is not ready, or null when ready. */
    String detail();
}
