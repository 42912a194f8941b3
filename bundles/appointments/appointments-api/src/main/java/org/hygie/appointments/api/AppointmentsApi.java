package org.hygie.appointments.api;

import java.util.UUID;

import org.hygie.core.paging.Page;
import org.hygie.core.security.Permissions;
import org.osgi.annotation.versioning.ProviderType;

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
 * Doctors' agendas, under {@code /api/appointments}. A caller with
 * {@link Permissions#APPOINTMENTS_ANY_AGENDA} (a SECRETARY) manages every agenda, another (a
 * DOCTOR) only his own (403 otherwise). Neither a doctor nor a patient can hold two overlapping active
 * appointments: a booking or reschedule that would answers 409 with the other appointment's id in
 * the problem's {@code conflictingAppointmentId} property (and {@code conflictOn}: {@code doctor}
 * or {@code patient}).
 */
@ProviderType
@Path(AppointmentsApi.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface AppointmentsApi {
    String PATH = "/appointments";
    /** How many days ahead {@link #freeSlot} looks, from its {@code from} day included. */
    int FREE_SLOT_DAYS = 62;
    /** The lengths {@link #freeSlot} accepts, in minutes: those of a booking. */
    int SHORTEST_MINUTES = 5;
    int LONGEST_MINUTES = 8 * 60;

    /**
     * Lists appointments by start time. Without {@link Permissions#APPOINTMENTS_ANY_AGENDA} (a
     * DOCTOR), the caller sees only his own: {@code doctorId} defaults to him, another one is 403.
     *
     * @param from ISO-8601 instant with offset: appointments ending after it; within
     *        {@link AppointmentRules#MAX_RANGE_REACH} of today ({@code out_of_range} otherwise)
     * @param to ISO-8601 instant with offset: appointments starting before it; within
     *        {@link AppointmentRules#MAX_RANGE_REACH} of today
     */
    @GET
    @RolesAllowed(Permissions.APPOINTMENTS_READ)
    Page<Appointment> list(@QueryParam("doctorId") UUID doctorId, @QueryParam("patientId") UUID patientId,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size);

    /**
     * The first free slot of a doctor: the earliest start, on a 5-minute step, at or after
     * {@code from} (now when absent) where {@code length} minutes fit inside one of his working
     * periods and overlap none of his active appointments, looked for over
     * {@value #FREE_SLOT_DAYS} days. Without {@link Permissions#APPOINTMENTS_ANY_AGENDA} (a
     * DOCTOR), {@code doctorId} defaults to the caller, another one is 403. Field error codes:
     * {@code doctorId} {@code required}, {@code unknown_doctor}; {@code length} {@code required},
     * {@code too_short}, {@code too_long}; {@code from} {@code invalid}.
     *
     * @param length minutes, {@value #SHORTEST_MINUTES} to {@value #LONGEST_MINUTES}
     * @param from ISO-8601 instant with offset, or absent for now
     * @return the slot; 404 when none is free within the window
     */
    @GET
    @Path("free-slot")
    @RolesAllowed(Permissions.APPOINTMENTS_READ)
    FreeSlot freeSlot(@QueryParam("doctorId") UUID doctorId, @QueryParam("length") Integer length,
            @QueryParam("from") String from);

    /** @return 201 with {@code Location: /api/appointments/{id}} and the appointment */
    @POST
    @RolesAllowed(Permissions.APPOINTMENTS_MANAGE)
    Response create(AppointmentInput input);

    /** @return the appointment; 404 when unknown */
    @GET
    @Path("{id}")
    @RolesAllowed(Permissions.APPOINTMENTS_READ)
    Appointment get(@PathParam("id") UUID id);

    /**
     * Reschedules or changes the reason of a SCHEDULED appointment (409 in another status, or when
     * {@code input.version} is no longer the current one: someone else changed it; 422 on
     * {@code version}, {@code required}, without it).
     */
    @PUT
    @Path("{id}")
    @RolesAllowed(Permissions.APPOINTMENTS_MANAGE)
    Appointment update(@PathParam("id") UUID id, AppointmentInput input);

    /**
     * Moves the appointment in the status workflow ({@link StatusChange}); anything else is 409, as
     * is a {@code change.version} that is no longer the current one.
     */
    @POST
    @Path("{id}/status")
    @RolesAllowed(Permissions.APPOINTMENTS_MANAGE)
    Appointment changeStatus(@PathParam("id") UUID id, StatusChange change);
}
