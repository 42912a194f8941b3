package org.hygie.users.api;

import java.util.UUID;

import org.hygie.core.security.Permissions;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * A doctor's prescriber details on his account ({@code /api/users/{id}/prescriber}), which
 * administrators keep. A root path of its own, longer than {@code /users}, which JAX-RS tries first.
 *
 * @since 1.2
 */
@Path(PrescribersApi.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface PrescribersApi {
    String PATH = "/users/{id}/prescriber";

    /** @return the account's prescriber details (null fields when not given); 404 for no account */
    @GET
    @RolesAllowed(Permissions.USERS_MANAGE)
    PrescriberDetails get(@PathParam("id") UUID id);

    /** Replaces them; 404 for no account, 409 when stale, 422 for bad fields. */
    @PUT
    @RolesAllowed(Permissions.USERS_MANAGE)
    PrescriberDetails set(@PathParam("id") UUID id, PrescriberDetails details);
}
