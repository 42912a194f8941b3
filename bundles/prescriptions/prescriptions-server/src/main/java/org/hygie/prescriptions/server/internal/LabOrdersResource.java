package org.hygie.prescriptions.server.internal;

import java.net.URI;
import java.util.UUID;

import org.hygie.core.paging.Page;
import org.hygie.core.security.CurrentUser;
import org.hygie.prescriptions.api.Cancellation;
import org.hygie.prescriptions.api.LabOrder;
import org.hygie.prescriptions.api.LabOrderInput;
import org.hygie.prescriptions.api.LabOrderState;
import org.hygie.prescriptions.api.LabOrdersApi;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The lab orders REST resource; paths and permissions come from {@link LabOrdersApi}. */
@Component(service = LabOrdersResource.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@Path(LabOrdersApi.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LabOrdersResource implements LabOrdersApi {
    @Reference
    LabOrdersService orders;

    @Reference
    Ordonnances ordonnances;

    @Reference
    CurrentUser currentUser;

    @Override
    public Response create(LabOrderInput input) {
        LabOrder created = orders.create(currentUser.require(), input);
        return Response.created(URI.create(LabOrdersApi.PATH.substring(1) + "/" + created.id())).entity(created).build();
    }

    @Override
    public Page<LabOrder> list(LabOrderState state, Integer page, Integer size) {
        return orders.list(state, page, size);
    }

    @Override
    public LabOrder get(UUID id) {
        return orders.get(id);
    }

    @Override
    public LabOrder cancel(UUID id, Cancellation cancellation) {
        return orders.cancel(currentUser.require(), id, cancellation);
    }

    @Override
    public Response pdf(UUID id) {
        return Ordonnances.answer(ordonnances.labOrder(id), "examens-" + id + ".pdf");
    }
}
