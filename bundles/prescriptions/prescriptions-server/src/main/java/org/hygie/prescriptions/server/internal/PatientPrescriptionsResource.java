package org.hygie.prescriptions.server.internal;

import java.util.List;
import java.util.UUID;

import org.hygie.core.paging.Page;
import org.hygie.prescriptions.api.ActiveMedication;
import org.hygie.prescriptions.api.PatientPrescriptionsApi;
import org.hygie.prescriptions.api.Prescription;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A patient's prescriptions; paths and permissions come from {@link PatientPrescriptionsApi}. */
@Component(service = PatientPrescriptionsResource.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@Path(PatientPrescriptionsApi.PATH)
@Produces(MediaType.APPLICATION_JSON)
public class PatientPrescriptionsResource implements PatientPrescriptionsApi {
    @Reference
    PrescriptionsService prescriptions;

    @Override
    public Page<Prescription> list(UUID patientId, Integer page, Integer size) {
        return prescriptions.list(patientId, page, size);
    }

    @Override
    public List<ActiveMedication> active(UUID patientId) {
        return prescriptions.active(patientId);
    }
}
