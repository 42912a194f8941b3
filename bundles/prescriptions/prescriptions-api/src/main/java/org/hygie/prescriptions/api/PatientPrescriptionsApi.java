package org.hygie.prescriptions.api;

import java.util.List;
import java.util.UUID;

import org.hygie.core.paging.Page;
import org.hygie.core.security.Permissions;
import org.osgi.annotation.versioning.ProviderType;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * A patient's prescriptions, under {@code /api/patients/{patientId}/prescriptions}. (Its own root
 * path, longer than the patients area's {@code /patients}: JAX-RS tries the root with the most
 * literal characters first, so the two areas never shadow each other.)
 */
@ProviderType
@Path(PatientPrescriptionsApi.PATH)
@Produces(MediaType.APPLICATION_JSON)
public interface PatientPrescriptionsApi {
    String PATH = "/patients/{patientId}/prescriptions";

    /**
     * Every prescription of the patient, newest first, stopped ones included.
     *
     * @return one page; an unknown patient has none
     */
    @GET
    @RolesAllowed(Permissions.PRESCRIPTIONS_WRITE)
    Page<Prescription> list(@PathParam("patientId") UUID patientId, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size);

    /**
     * The lines of the patient's active prescriptions (not stopped, not ended), newest first: what
     * the patient takes now, which changes how a lab result reads.
     */
    @GET
    @Path("active")
    @RolesAllowed(Permissions.MEDICATIONS_READ_ACTIVE)
    List<ActiveMedication> active(@PathParam("patientId") UUID patientId);
}
