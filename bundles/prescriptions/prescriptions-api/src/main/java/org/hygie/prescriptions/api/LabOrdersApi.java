package org.hygie.prescriptions.api;

import java.util.UUID;

import org.hygie.core.paging.Page;
import org.hygie.core.security.Permissions;
import org.osgi.annotation.versioning.ProviderType;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Lab orders, under {@code /api/lab-orders}: doctors order and cancel them; doctors and biologists
 * read them. Their states beyond ORDERED are moved by the results area
 * ({@link org.hygie.prescriptions.api.orders.LabOrderStates}).
 */
@ProviderType
@Path(LabOrdersApi.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface LabOrdersApi {
    String PATH = "/lab-orders";

    /** @return 201 with {@code Location} and the order, in state ORDERED */
    @POST
    @RolesAllowed(Permissions.PRESCRIPTIONS_WRITE)
    Response create(LabOrderInput input);

    /**
     * The biologist's worklist: orders in a state (every state when absent), the most urgent first
     * (STAT, URGENT, ROUTINE), then oldest first.
     */
    @GET
    @RolesAllowed(Permissions.LAB_ORDERS_READ)
    Page<LabOrder> list(@QueryParam("state") LabOrderState state, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size);

    /** @return the order; 404 when unknown */
    @GET
    @Path("{id}")
    @RolesAllowed(Permissions.LAB_ORDERS_READ)
    LabOrder get(@PathParam("id") UUID id);

    /** Cancels an order with a reason; 409 once results are out (PRELIMINARY, FINAL), already cancelled, or stale. */
    @POST
    @Path("{id}/cancel")
    @RolesAllowed(Permissions.PRESCRIPTIONS_WRITE)
    LabOrder cancel(@PathParam("id") UUID id, Cancellation cancellation);

    /**
     * The printed lab ordonnance (PDF), on a sheet of its own (never with medications); 422 with the
     * reason when a mandatory mention is missing.
     */
    @GET
    @Path("{id}/pdf")
    @Produces({ PrescriptionsApi.PDF, MediaType.APPLICATION_JSON })
    @RolesAllowed(Permissions.LAB_ORDERS_READ)
    Response pdf(@PathParam("id") UUID id);
}
