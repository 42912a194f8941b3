package org.hygie.users.api;

import java.util.UUID;

import org.hygie.core.paging.Page;
import org.hygie.core.security.Permissions;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * User administration, for administrators only ({@link Permissions#USERS_MANAGE}). Accounts are
 * never deleted: they are deactivated, so that what they did stays attributed to them.
 */
@Path(UsersApi.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface UsersApi {
    /** The resource path, repeated on the implementing class (JAX-RS does not inherit class annotations). */
    String PATH = "/users";

    /**
     * Should list accounts ordered by username, filtered by {@code q} on username or display name
     * (case-insensitive, anywhere in the text).
     *
     * @param q text to look for; absent or blank lists every account
     * @param page page number from 0 (default 0)
     * @param size page size from 1 to 100 (default 20)
     */
    @GET
    @RolesAllowed(Permissions.USERS_MANAGE)
    Page<User> list(@QueryParam("q") String q, @QueryParam("page") Integer page, @QueryParam("size") Integer size);

    /**
     * Should create an active account that must change its password at first login, and answer
     * 201 with its {@code Location} and the {@link User}; 409 when the username is taken; 422 with
     * the invalid fields otherwise.
     */
    @POST
    @RolesAllowed(Permissions.USERS_MANAGE)
    Response create(NewUser user);

    /** Should answer the account, or 404. */
    @GET
    @Path("{id}")
    @RolesAllowed(Permissions.USERS_MANAGE)
    User get(@PathParam("id") UUID id);

    /**
     * Should change the display name and role, the change applying to the user's very next
     * request; 409 when administrators change their own role (so that one administrator at least
     * always remains).
     */
    @PUT
    @Path("{id}")
    @RolesAllowed(Permissions.USERS_MANAGE)
    User update(@PathParam("id") UUID id, UserUpdate update);

    /**
     * Should deactivate the account and end its sessions (idempotent); 409 for the caller's own
     * account.
     */
    @POST
    @Path("{id}/deactivate")
    @RolesAllowed(Permissions.USERS_MANAGE)
    User deactivate(@PathParam("id") UUID id);

    /**
     * Should set a temporary password (the given one, or a generated one returned once), force a
     * change at next login, lift any lock and end the user's sessions.
     *
     * @param reset optional body; without it the server generates the password
     */
    @POST
    @Path("{id}/password-reset")
    @RolesAllowed(Permissions.USERS_MANAGE)
    PasswordResetResult resetPassword(@PathParam("id") UUID id, PasswordReset reset);

    /** Should lift a lock after failed logins and reset the failure count. */
    @POST
    @Path("{id}/unlock")
    @RolesAllowed(Permissions.USERS_MANAGE)
    User unlock(@PathParam("id") UUID id);
}
