package org.hygie.core.health;

import org.hygie.core.security.Public;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /api/health}: 200 with {@link Health} once every installed area is ready, 503 with
 * the same body before. Public, so that load balancers and the desktop can ask without a session.
 */
@Path(HealthApi.PATH)
@Produces(MediaType.APPLICATION_JSON)
public interface HealthApi {
    String PATH = "/health";

    @GET
    @Public
    Response health();
}
