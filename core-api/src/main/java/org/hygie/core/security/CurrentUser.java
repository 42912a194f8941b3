package org.hygie.core.security;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The caller of the request being served on this thread, for services that check rules
 * depending on who asks (a doctor's own agenda). Provided by the REST platform as an OSGi
 * service; take it by {@code @Reference}.
 */
@ProviderType
public interface CurrentUser {
    /** @return the authenticated caller, or empty outside an authenticated request */
    Optional<AuthenticatedUser> get();

    /**
     * @return the authenticated caller
     * @throws IllegalStateException outside an authenticated request: a programming error, since
     *         every protected endpoint is authenticated before it runs
     */
    default AuthenticatedUser require() {
        return get().orElseThrow(() -> new IllegalStateException("No authenticated user on this thread"));
    }
}
