package org.hygie.terminology.api;

import org.hygie.core.paging.Page;
import org.hygie.core.security.Permissions;
import org.osgi.annotation.versioning.ProviderType;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The allergens a patient's allergy may be coded with (substances of the drug catalogue and drug
 * classes), served under {@code /api/allergens} for the allergy form's picker.
 */
@ProviderType
@Path(AllergensApi.PATH)
@Produces(MediaType.APPLICATION_JSON)
public interface AllergensApi {
    /** The resource path, repeated by the server's resource class. */
    String PATH = "/allergens";

    /**
     * Searches allergens as the user types: case and accents ignored, the beginning of any word of
     * the label ({@code penic} finds Pénicillines and Benzylpénicilline) or of another name of it
     * ({@code ains} finds the NSAIDs), classes before substances when both begin with the query. An empty or blank {@code q} answers an empty page; 422 for a
     * bad query, page or size (limits of {@link TerminologySearch}).
     */
    @GET
    @RolesAllowed(Permissions.TERMINOLOGY_READ)
    Page<Allergen> search(@QueryParam("q") String q, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size);
}
