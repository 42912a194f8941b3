package org.hygie.appointments.server.internal;

import java.net.URI;
import java.util.UUID;

import org.hygie.appointments.api.Appointment;
import org.hygie.appointments.api.AppointmentInput;
import org.hygie.appointments.api.AppointmentsApi;
import org.hygie.appointments.api.FreeSlot;
import org.hygie.appointments.api.StatusChange;
import org.hygie.core.paging.Page;
import org.hygie.core.security.CurrentUser;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The appointments REST resource; paths and permissions come from {@link AppointmentsApi}. */
@Component(service = AppointmentsResource.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@Path(AppointmentsApi.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AppointmentsResource implements AppointmentsApi {
    @Reference
    AppointmentsService appointments;

    @Reference
    CurrentUser currentUser;

    @Override
    public Page<Appointment> list(UUID doctorId, UUID patientId, String from, String to, Integer page, Integer size) {
        return appointments.list(currentUser.require(), doctorId, patientId, from, to, page, size);
    }

    @Override
    public FreeSlot freeSlot(UUID doctorId, Integer length, String from) {
        return appointments.freeSlot(currentUser.require(), doctorId, length, from);
    }

    @Override
    public Response create(AppointmentInput input) {
        Appointment created = appointments.create(currentUser.require(), input);
        // Relative: resolved against the application's base URI, whatever the context path.
        return Response.created(URI.create(AppointmentsApi.PATH.substring(1) + "/" + created.id())).entity(created)
                .build();
    }

    @Override
    public Appointment get(UUID id) {
        return appointments.get(currentUser.require(), id);
    }

    @Override
    public Appointment update(UUID id, AppointmentInput input) {
        return appointments.update(currentUser.require(), id, input);
    }

    @Override
    public Appointment changeStatus(UUID id, StatusChange change) {
        return appointments.changeStatus(currentUser.require(), id, change);
    }
}
