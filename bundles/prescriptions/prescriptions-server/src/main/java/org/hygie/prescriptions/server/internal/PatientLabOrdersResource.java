package org.hygie.prescriptions.server.internal;

import java.util.UUID;

import org.hygie.core.paging.Page;
import org.hygie.prescriptions.api.LabOrder;
import org.hygie.prescriptions.api.PatientLabOrdersApi;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A patient's lab orders; paths and permissions come from {@link PatientLabOrdersApi}. */
@Component(service = PatientLabOrdersResource.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@Path(PatientLabOrdersApi.PATH)
@Produces(MediaType.APPLICATION_JSON)
public class PatientLabOrdersResource implements PatientLabOrdersApi {
    @Reference
    LabOrdersService orders;

    @Override
    public Page<LabOrder> list(UUID patientId, Integer page, Integer size) {
        return orders.forPatient(patientId, page, size);
    }
}
