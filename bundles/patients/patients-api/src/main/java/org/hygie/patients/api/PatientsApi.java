package org.hygie.patients.api;

import java.util.List;
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
 * Patient demographics and allergies, served under {@code /api/patients}. Patients are never
 * deleted. Errors are problem details: 404 for an unknown patient, 409 for a stale update, 422
 * listing the invalid fields (codes in {@link PatientInput} and {@link AllergyInput}).
 */
@ProviderType
@Path(PatientsApi.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface PatientsApi {
    /** The resource path, repeated by the server's resource class. */
    String PATH = "/patients";

    /** At most this many matches are counted and listed by a search: refine the query beyond. */
    int SEARCH_LIMIT = 1000;

    /** How many patients {@link #byIds} looks up at most in one call. */
    int MAX_IDS = 100;

    /**
     * Searches patients, best matches first.
     *
     * <ul>
     * <li>Should ignore case and accents ({@code helene} finds Hélène), and hyphens and apostrophes
     * (Jean-Pierre, Jean Pierre).</li>
     * <li>Should match a record number exactly when {@code q} is 9 digits, a NIR exactly when it
     * is 15 characters shaped like one (spaces ignored).</li>
     * <li>Should take a date among the words ({@code 12/03/1948} or {@code 1948-03-12}) as the
     * birth date (422 {@code invalid_date} when no such day exists, {@code conflicting_dates}
     * when it differs from {@code birthDate}).</li>
     * <li>Should find a patient when each word matches one of its names (last or first, in any
     * order) as the whole name, as its beginning ({@code dupont hel}, {@code helene dup}), as a
     * part of a compound name ({@code goff} for Le Goff, {@code pierre} for Jean-Pierre), or within
     * typing errors (a swapped pair, a missing, extra or wrong letter): one from 4 letters on, two
     * from 8 on; a word of 3 letters or fewer only exactly or as a beginning.</li>
     * <li>Should rank exact names before beginnings, beginnings before parts, parts before typing
     * errors ({@link PatientSummary.Match#FUZZY}), fewer errors first, a patient whose two names
     * matched before one whose single name did. Parts and typing errors are looked for only when
     * exact and prefix matches do not fill the page.</li>
     * <li>Should keep only patients born on {@code birthDate} when given; with no {@code q}, should
     * list those (or everyone) in name order.</li>
     * <li>Should count and serve at most {@link #SEARCH_LIMIT} matches: {@code total} is then
     * {@value #SEARCH_LIMIT} and pages beyond it are empty.</li>
     * </ul>
     *
     * @param q the words to look for, or empty (at most 200 characters and 6 words)
     * @param birthDate {@code yyyy-MM-dd}, or empty
     * @param page the page from 0 (default 0)
     * @param size the page size, 1 to 100 (default 20)
     * @return one page of patients; 422 for a bad birth date, page, size or query
     */
    @GET
    @RolesAllowed(Permissions.PATIENTS_READ)
    Page<PatientSummary> search(@QueryParam("q") String q, @QueryParam("birthDate") String birthDate,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size);

    /**
     * Creates a patient and assigns its record number. Should succeed even when a patient with the
     * same normalised names and birth date exists, listing it in {@link PatientCreated#possibleDuplicates()}.
     *
     * @return 201 with {@code Location: /api/patients/{id}} and a {@link PatientCreated} body
     */
    @POST
    @RolesAllowed(Permissions.PATIENTS_WRITE)
    Response create(PatientInput input);

    /**
     * Lists the patients who are likely the same person as the one described, by the rule a creation
     * applies: same normalised last and first names (in either order) and same birth date. Lets a
     * client warn before the record exists, without knowing the rule. Nothing is created.
     *
     * @param input the patient about to be created, validated as {@link #create} validates it
     * @return the likely duplicates in record-number order (at most 20), empty when none; 422 for
     *         invalid fields
     */
    @POST
    @Path("duplicates")
    @RolesAllowed(Permissions.PATIENTS_WRITE)
    List<PatientSummary> duplicates(PatientInput input);

    /** @return the patient; 404 when unknown */
    @GET
    @Path("{id}")
    @RolesAllowed(Permissions.PATIENTS_READ)
    Patient get(@PathParam("id") UUID id);

    /**
     * Several patients at once, for a screen that shows many (an agenda names the patient of every
     * appointment) in one call instead of one per patient.
     *
     * <ul>
     * <li>Should leave out the ids of no patient, and list a patient once whatever the repeats.</li>
     * <li>Should refuse (422 on {@code id}, {@code too_many}) more than {@link #MAX_IDS} distinct ids.</li>
     * </ul>
     *
     * @param ids the patients' ids, the parameter repeated ({@code ?id=...&id=...}); none for none
     * @return the patients found, in record-number order
     */
    @GET
    @Path("by-ids")
    @RolesAllowed(Permissions.PATIENTS_READ)
    List<PatientSummary> byIds(@QueryParam("id") List<UUID> ids);

    /**
     * Replaces the patient's demographics (the record number never changes). Should answer 409,
     * with the current version in the problem's {@code currentVersion} property, when
     * {@code input.version} is not the current one (someone else saved in between).
     *
     * @return the updated patient, with its new version
     */
    @PUT
    @Path("{id}")
    @RolesAllowed(Permissions.PATIENTS_WRITE)
    Patient update(@PathParam("id") UUID id, PatientInput input);

    /**
     * What is recorded of the patient's allergies.
     *
     * <ul>
     * <li>Should say {@link AllergyStatement#RECORDED} when an allergy stands, else
     * {@link AllergyStatement#NONE_KNOWN} when someone stated there is none, else
     * {@link AllergyStatement#NOT_RECORDED}.</li>
     * <li>Should list every allergy, those entered in error included, oldest first.</li>
     * </ul>
     *
     * @return the statement and the allergies; 404 when the patient is unknown
     */
    @GET
    @Path("{id}/allergies")
    @RolesAllowed(Permissions.CLINICAL_READ)
    PatientAllergies allergies(@PathParam("id") UUID id);

    /** Records an allergy, noted by the caller now. @return the recorded allergy */
    @POST
    @Path("{id}/allergies")
    @RolesAllowed(Permissions.CLINICAL_WRITE)
    Allergy addAllergy(@PathParam("id") UUID id, AllergyInput input);

    /**
     * Corrects a recorded allergy; the values it replaces are kept, and the allergy says who
     * changed it and when.
     *
     * <ul>
     * <li>Should answer 404 for an allergy that is not the patient's.</li>
     * <li>Should answer 409, with {@code currentVersion}, when {@code version} is not the current one.</li>
     * <li>Should answer 409 for an allergy entered in error: it is kept as it was.</li>
     * </ul>
     *
     * @return the corrected allergy, with its new version
     */
    @PUT
    @Path("{id}/allergies/{allergyId}")
    @RolesAllowed(Permissions.CLINICAL_WRITE)
    Allergy correctAllergy(@PathParam("id") UUID id, @PathParam("allergyId") UUID allergyId, AllergyCorrection correction);

    /**
     * The values an allergy held before each of its corrections or its marking as entered in
     * error, oldest first: what a reader needs to see what was believed before, by whom.
     *
     * <ul>
     * <li>Should answer 404 for an allergy that is not the patient's (or an unknown one).</li>
     * <li>Should list nothing for an allergy never changed.</li>
     * </ul>
     *
     * @return the earlier states, oldest first
     */
    @GET
    @Path("{id}/allergies/{allergyId}/revisions")
    @RolesAllowed(Permissions.CLINICAL_READ)
    List<AllergyRevision> allergyRevisions(@PathParam("id") UUID id, @PathParam("allergyId") UUID allergyId);

    /**
     * Marks a recorded allergy as entered in error (never deletes it), by the caller now.
     * Should answer 404, 409 (stale, or marked already) as {@link #correctAllergy} does.
     *
     * @return the allergy, marked, with its new version
     */
    @POST
    @Path("{id}/allergies/{allergyId}/entered-in-error")
    @RolesAllowed(Permissions.CLINICAL_WRITE)
    Allergy markAllergyEnteredInError(@PathParam("id") UUID id, @PathParam("allergyId") UUID allergyId,
            AllergyRetraction retraction);

    /**
     * States, as the caller now, that the patient has no known allergy. Should answer 409 while an
     * allergy stands (mark it entered in error first if it was a mistake).
     *
     * @return what is now recorded of the patient's allergies
     */
    @POST
    @Path("{id}/allergies/none-known")
    @RolesAllowed(Permissions.CLINICAL_WRITE)
    PatientAllergies stateNoKnownAllergy(@PathParam("id") UUID id);
}
