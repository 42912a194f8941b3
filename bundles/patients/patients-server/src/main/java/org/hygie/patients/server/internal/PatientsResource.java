package org.hygie.patients.server.internal;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.hygie.core.paging.Page;
import org.hygie.core.security.CurrentUser;
import org.hygie.patients.api.Allergy;
import org.hygie.patients.api.AllergyCorrection;
import org.hygie.patients.api.AllergyInput;
import org.hygie.patients.api.AllergyRetraction;
import org.hygie.patients.api.AllergyRevision;
import org.hygie.patients.api.PatientAllergies;
import org.hygie.patients.api.Patient;
import org.hygie.patients.api.PatientCreated;
import org.hygie.patients.api.PatientInput;
import org.hygie.patients.api.PatientSummary;
import org.hygie.patients.api.PatientsApi;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The patients REST resource: the contract's annotations (paths, permissions) come from
 * {@link PatientsApi}; the class repeats only what JAX-RS does not inherit from an interface
 * (its path and media types).
 */
@Component(service = PatientsResource.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@Path(PatientsApi.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PatientsResource implements PatientsApi {
    @Reference
    PatientsService patients;

    @Reference
    PatientDirectoryService directory;

    @Reference
    CurrentUser currentUser;

    @Override
    public Page<PatientSummary> search(String q, String birthDate, Integer page, Integer size) {
        return patients.search(q, birthDate, page, size);
    }

    @Override
    public Response create(PatientInput input) {
        PatientCreated created = patients.create(currentUser.require(), input, false);
        return Response.created(location(created.patient().id())).entity(created).build();
    }

    @Override
    public List<PatientSummary> duplicates(PatientInput input) {
        return patients.duplicates(input);
    }

    @Override
    public Patient get(UUID id) {
        return patients.get(id);
    }

    @Override
    public List<PatientSummary> byIds(List<UUID> ids) {
        return directory.byIds(ids);
    }

    @Override
    public Patient update(UUID id, PatientInput input) {
        return patients.update(currentUser.require(), id, input);
    }

    @Override
    public PatientAllergies allergies(UUID id) {
        return patients.allergies(id);
    }

    @Override
    public Allergy addAllergy(UUID id, AllergyInput input) {
        return patients.addAllergy(currentUser.require(), id, input);
    }

    @Override
    public Allergy correctAllergy(UUID id, UUID allergyId, AllergyCorrection correction) {
        return patients.correctAllergy(currentUser.require(), id, allergyId, correction);
    }

    @Override
    public List<AllergyRevision> allergyRevisions(UUID id, UUID allergyId) {
        return patients.allergyRevisions(id, allergyId);
    }

    @Override
    public Allergy markAllergyEnteredInError(UUID id, UUID allergyId, AllergyRetraction retraction) {
        return patients.markAllergyEnteredInError(currentUser.require(), id, allergyId, retraction);
    }

    @Override
    public PatientAllergies stateNoKnownAllergy(UUID id) {
        return patients.stateNoKnownAllergy(currentUser.require(), id);
    }

    /**
     * Relative on purpose: JAX-RS resolves it against the application's base URI
     * ({@code http://host:port/api/}), giving {@code /api/patients/{id}} whatever the context path.
     */
    static URI location(UUID id) {
        return URI.create(PatientsApi.PATH.substring(1) + "/" + id);
    }
}
