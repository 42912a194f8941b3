package org.hygie.prescriptions.api;

import java.util.UUID;

import org.hygie.core.security.Permissions;
import org.osgi.annotation.versioning.ProviderType;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Medication prescriptions, under {@code /api/prescriptions}: written, signed and read by doctors.
 * A signed prescription is never edited; a change is a new prescription (stop the old one, or renew
 * it), and the old one stays.
 */
@ProviderType
@Path(PrescriptionsApi.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface PrescriptionsApi {
    String PATH = "/prescriptions";
    /** The media type of a printed ordonnance. */
    String PDF = "application/pdf";

    /**
     * Signs a prescription after the safety checks, offline: the patient's allergies against each
     * line (by substance and by class), interactions between the lines and with the patient's other
     * active prescriptions, and the limits of narcotics.
     *
     * <ul>
     * <li>Should answer 422 with the interrupting alerts in the problem's {@code alerts} member (type
     * {@code urn:hygie:problem:prescription-alerts}) unless each is overridden with a reason.</li>
     * <li>Should answer 422 on {@code overrides[i].reason} for an override without a reason.</li>
     * <li>Should answer 201 with the prescription, its milder findings in {@code notes} and the
     * overrides kept with who and when.</li>
     * </ul>
     */
    @POST
    @RolesAllowed(Permissions.PRESCRIPTIONS_WRITE)
    Response create(PrescriptionInput input);

    /** @return the prescription; 404 when unknown */
    @GET
    @Path("{id}")
    @RolesAllowed(Permissions.PRESCRIPTIONS_WRITE)
    Prescription get(@PathParam("id") UUID id);

    /** Stops an active prescription with a reason; 409 when already stopped or changed since the version read. */
    @POST
    @Path("{id}/stop")
    @RolesAllowed(Permissions.PRESCRIPTIONS_WRITE)
    Prescription stop(@PathParam("id") UUID id, StopRequest request);

    /**
     * Signs a new prescription copied from this one, by the caller, now (through the checks of
     * {@link #create}). The old one stays as it is.
     *
     * @param request the overrides, or no body for none
     * @return 201 with the new prescription
     */
    @POST
    @Path("{id}/renew")
    @RolesAllowed(Permissions.PRESCRIPTIONS_WRITE)
    Response renew(@PathParam("id") UUID id, RenewRequest request);

    /**
     * The printed ordonnance (PDF): establishment, prescriber with RPPS, date, patient, each line by
     * DCI, bizone layout when a line is ALD, secure-form layout with quantities in words for
     * narcotics. 422 with the reason when a mandatory mention is missing (no RPPS on the doctor's
     * account, no FINESS configured...).
     */
    @GET
    @Path("{id}/pdf")
    @Produces({ PDF, MediaType.APPLICATION_JSON })
    @RolesAllowed(Permissions.PRESCRIPTIONS_WRITE)
    Response pdf(@PathParam("id") UUID id);
}
