package org.hygie.prescriptions.api;

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

/** A patient's lab orders, under {@code /api/patients/{patientId}/lab-orders} (root path: see {@link PatientPrescriptionsApi}). */
@ProviderType
@Path(PatientLabOrdersApi.PATH)
@Produces(MediaType.APPLICATION_JSON)
public interface PatientLabOrdersApi {
    String PATH = "/patients/{patientId}/lab-orders";

    /** @return the patient's lab orders, newest first, cancelled ones included */
    @GET
    @RolesAllowed(Permissions.LAB_ORDERS_READ)
    Page<LabOrder> list(@PathParam("patientId") UUID patientId, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size);
}
