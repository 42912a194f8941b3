package org.hygie.users.server.internal;

import java.net.URI;
import java.util.UUID;

import org.hygie.core.paging.Page;
import org.hygie.core.paging.PageRequest;
import org.hygie.core.security.CurrentUser;
import org.hygie.users.api.NewUser;
import org.hygie.users.api.PasswordReset;
import org.hygie.users.api.PasswordResetResult;
import org.hygie.users.api.User;
import org.hygie.users.api.UserUpdate;
import org.hygie.users.api.UsersApi;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/**
 * {@code /api/users}: the REST face of {@link UserManager}. Permissions are declared on
 * {@link UsersApi} and enforced by the REST platform before any method here runs.
 */
@Component(service = UsersResource.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@Path(UsersApi.PATH)
public class UsersResource implements UsersApi {
    @Reference
    UserManager users;

    @Reference
    CurrentUser currentUser;

    @Override
    public Page<User> list(String q, Integer page, Integer size) {
        return users.list(q, PageRequest.of(page, size));
    }

    @Override
    public Response create(NewUser user) {
        User created = users.create(currentUser.require(), user);
        // relative to the application's base URI (/api/), as JAX-RS resolves it
        return Response.created(URI.create("users/" + created.id())).entity(created).build();
    }

    @Override
    public User get(UUID id) {
        return users.get(id);
    }

    @Override
    public User update(UUID id, UserUpdate update) {
        return users.update(currentUser.require(), id, update);
    }

    @Override
    public User deactivate(UUID id) {
        return users.deactivate(currentUser.require(), id);
    }

    @Override
    public PasswordResetResult resetPassword(UUID id, PasswordReset reset) {
        return users.resetPassword(currentUser.require(), id, reset);
    }

    @Override
    public User unlock(UUID id) {
        return users.unlock(currentUser.require(), id);
    }
}
