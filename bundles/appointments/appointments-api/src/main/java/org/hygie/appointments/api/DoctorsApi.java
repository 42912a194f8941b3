package org.hygie.appointments.api;

import java.util.List;
import java.util.UUID;

import org.hygie.core.security.Permissions;
import org.osgi.annotation.versioning.ProviderType;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The doctors that can be booked and their working hours, under {@code /api/doctors}. */
@ProviderType
@Path(DoctorsApi.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface DoctorsApi {
    String PATH = "/doctors";

    /** @return the active doctors, by name */
    @GET
    @RolesAllowed(Permissions.APPOINTMENTS_READ)
    List<Doctor> list();

    /**
     * Open to any authenticated user here; the service lets in those who book (SECRETARY, DOCTOR)
     * and those who edit them (ADMIN), and answers 403 to others.
     *
     * @return the doctor's working hours; 404 when no active doctor has this id
     */
    @GET
    @Path("{id}/working-hours")
    @PermitAll
    WorkingHours workingHours(@PathParam("id") UUID doctorId);

    /**
     * Replaces the doctor's working hours: by an ADMIN or the doctor himself (403 otherwise).
     * Existing appointments are kept. Field error codes on {@code periods[i]}: {@code required},
     * {@code end_before_start}, {@code overlap}.
     */
    @PUT
    @Path("{id}/working-hours")
    @PermitAll
    WorkingHours setWorkingHours(@PathParam("id") UUID doctorId, WorkingHours hours);
}
