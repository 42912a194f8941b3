package org.hygie.terminology.api;

import java.util.List;

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
 * The drug catalogue, served under {@code /api/drugs}. Errors are problem details: 404 for an
 * unknown CIS code, 422 for a bad query, page or size.
 */
@ProviderType
@Path(DrugsApi.PATH)
@Produces(MediaType.APPLICATION_JSON)
public interface DrugsApi {
    /** The resource path, repeated by the server's resource class. */
    String PATH = "/drugs";

    /** How many drugs {@link #byCis} looks up at most in one call. */
    int MAX_IDS = 100;

    /**
     * Searches drugs as the user types, best matches first.
     *
     * <ul>
     * <li>Should ignore case and accents, and match the beginning of any word of the name
     * ({@code amox} finds AMOXICILLINE ...), of a substance's DCI ({@code parac} finds DOLIPRANE), or
     * an ATC code's beginning ({@code J01C}); every word of the query must match. A CIS code (8
     * digits) finds its drug, and a pack's CIP code (7 or 13 digits, as scanned from a box) the
     * drug of the pack, for imported drugs.</li>
     * <li>Should rank a name that begins with the query before one that holds it, then by name.</li>
     * <li>Should answer an empty page for an empty or blank {@code q}.</li>
     * </ul>
     *
     * @param q what the user typed (at most {@link TerminologySearch#MAX_QUERY} characters)
     * @param page the page from 0 (default 0)
     * @param size the page size, 1 to {@link TerminologySearch#MAX_SIZE} (default
     *        {@link TerminologySearch#DEFAULT_SIZE})
     * @return one page of drugs
     */
    @GET
    @RolesAllowed(Permissions.TERMINOLOGY_READ)
    Page<Drug> search(@QueryParam("q") String q, @QueryParam("page") Integer page, @QueryParam("size") Integer size);

    /** @return the drug; 404 when no drug has this CIS code */
    @GET
    @Path("{cis}")
    @RolesAllowed(Permissions.TERMINOLOGY_READ)
    Drug get(@PathParam("cis") String cis);

    /**
     * Several drugs at once, for a screen that shows many. Should leave out unknown codes, list a
     * drug once whatever the repeats, and refuse (422 on {@code cis}, {@code too_many}) more than
     * {@link #MAX_IDS} distinct codes.
     *
     * @param cis the CIS codes
     * @return the drugs found, in name order
     */
    @GET
    @Path("by-cis")
    @RolesAllowed(Permissions.TERMINOLOGY_READ)
    List<Drug> byCis(@QueryParam("cis") List<String> cis);
}
