package org.hygie.platform.rest.internal;

import java.util.Optional;

import org.hygie.core.security.AuthenticatedUser;
import org.hygie.core.security.CurrentUser;
import org.osgi.service.component.annotations.Component;

/**
 * The caller of the request served on the current thread. JAX-RS runs a request's filters and its
 * resource method on one thread; {@link AccessFilter} sets the caller before the method and clears
 * it when the response leaves.
 */
@Component(service = {CurrentUser.class, CallerContext.class})
public class CallerContext implements CurrentUser {
    private final ThreadLocal<AuthenticatedUser> caller = new ThreadLocal<>();

    @Override
    public Optional<AuthenticatedUser> get() {
        return Optional.ofNullable(caller.get());
    }

    void set(AuthenticatedUser user) {
        caller.set(user);
    }

    void clear() {
        caller.remove();
    }
}
