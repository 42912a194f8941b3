package org.hygie.appointments.api;

import java.util.List;
import java.util.UUID;

import org.hygie.core.security.Permissions;
import org.osgi.annotation.versioning.ProviderType;

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
     * Every active doctor with his working hours, by name: one call for the doctors of an agenda or
     * the administrator's table, instead of one per doctor.
     */
    @GET
    @Path("working-hours")
    @RolesAllowed(Permissions.WORKING_HOURS_READ)
    List<DoctorHours> allWorkingHours();

    /** @return the doctor's working hours; 404 when no active doctor has this id */
    @GET
    @Path("{id}/working-hours")
    @RolesAllowed(Permissions.WORKING_HOURS_READ)
    WorkingHours workingHours(@PathParam("id") UUID doctorId);

    /**
     * Replaces the doctor's working hours: any doctor's with {@link Permissions#WORKING_HOURS_MANAGE_ANY},
     * one's own with {@link Permissions#WORKING_HOURS_MANAGE_OWN} (403 for another's). Existing
     * appointments are kept; 409 ({@code currentVersion} in the problem) when {@code hours.version}
     * is not the current one. Field error codes: {@code version} {@code required}; on {@code periods}, {@code required} and
     * {@code too_many} (over {@value WorkingHours#MAX_PERIODS}); on {@code periods[i]},
     * {@code required}, {@code end_before_start}, {@code overlap}.
     */
    @PUT
    @Path("{id}/working-hours")
    @RolesAllowed({ Permissions.WORKING_HOURS_MANAGE_ANY, Permissions.WORKING_HOURS_MANAGE_OWN })
    WorkingHours setWorkingHours(@PathParam("id") UUID doctorId, WorkingHours hours);
}
