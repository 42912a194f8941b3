package org.hygie.desktop.client;

import org.osgi.annotation.versioning.ConsumerType;

/** Told when the client's {@link ConnectionState} changes. */
@ConsumerType
@FunctionalInterface
public interface ConnectionListener {
    void stateChanged(ConnectionState state);
}
