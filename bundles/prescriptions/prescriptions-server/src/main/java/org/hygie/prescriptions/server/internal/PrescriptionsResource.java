package org.hygie.prescriptions.server.internal;

import java.net.URI;
import java.util.UUID;

import org.hygie.core.security.CurrentUser;
import org.hygie.prescriptions.api.Prescription;
import org.hygie.prescriptions.api.PrescriptionInput;
import org.hygie.prescriptions.api.PrescriptionsApi;
import org.hygie.prescriptions.api.RenewRequest;
import org.hygie.prescriptions.api.StopRequest;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The prescriptions REST resource; paths and permissions come from {@link PrescriptionsApi}. */
@Component(service = PrescriptionsResource.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@Path(PrescriptionsApi.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PrescriptionsResource implements PrescriptionsApi {
    @Reference
    PrescriptionsService prescriptions;

    @Reference
    Ordonnances ordonnances;

    @Reference
    CurrentUser currentUser;

    @Override
    public Response create(PrescriptionInput input) {
        return created(prescriptions.create(currentUser.require(), input));
    }

    @Override
    public Prescription get(UUID id) {
        return prescriptions.get(id);
    }

    @Override
    public Prescription stop(UUID id, StopRequest request) {
        return prescriptions.stop(currentUser.require(), id, request);
    }

    @Override
    public Response renew(UUID id, RenewRequest request) {
        return created(prescriptions.renew(currentUser.require(), id, request));
    }

    @Override
    public Response pdf(UUID id) {
        return Ordonnances.answer(ordonnances.prescription(id), "ordonnance-" + id + ".pdf");
    }

    private static Response created(Prescription p) {
        // Relative: resolved against the application's base URI, whatever the context path.
        return Response.created(URI.create(PrescriptionsApi.PATH.substring(1) + "/" + p.id())).entity(p).build();
    }
}
