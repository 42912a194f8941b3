package org.hygie.core.security;

import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Turns a bearer token into the user it belongs to. Implemented by the auth area, used by the
 * REST platform for every request.
 */
@ConsumerType
public interface Authenticator {
    /**
     * @param bearerToken the token the client sent, never null
     * @return the user, or empty when the token is unknown, expired or revoked, or its user is
     *         deactivated; using a valid token extends its idle expiry
     */
    Optional<AuthenticatedUser> authenticate(String bearerToken);
}
