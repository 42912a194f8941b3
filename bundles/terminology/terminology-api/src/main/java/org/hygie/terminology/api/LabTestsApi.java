package org.hygie.terminology.api;

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
 * The lab-test catalogue (LOINC), served under {@code /api/lab-tests}: what a doctor may order and
 * a biologist reports. Errors are problem details: 404 for an unknown code, 422 for a bad query.
 */
@ProviderType
@Path(LabTestsApi.PATH)
@Produces(MediaType.APPLICATION_JSON)
public interface LabTestsApi {
    /** The resource path, repeated by the server's resource class. */
    String PATH = "/lab-tests";

    /**
     * Searches lab tests as the user types: case and accents ignored, the beginning of any word of
     * the name or panel ({@code kali}, {@code potass}, {@code iono}), or the LOINC code's beginning;
     * an empty or blank {@code q} lists the whole catalogue by panel then name (it is small).
     * 422 for a bad query, page or size (limits of {@link TerminologySearch}).
     */
    @GET
    @RolesAllowed(Permissions.TERMINOLOGY_READ)
    Page<LabTest> search(@QueryParam("q") String q, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size);

    /** @return the lab test; 404 when no test has this LOINC code */
    @GET
    @Path("{loinc}")
    @RolesAllowed(Permissions.TERMINOLOGY_READ)
    LabTest get(@PathParam("loinc") String loinc);
}
