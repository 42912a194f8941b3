package org.hygie.terminology.server.internal;

import org.hygie.core.paging.Page;
import org.hygie.terminology.api.LabTest;
import org.hygie.terminology.api.LabTestsApi;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The lab-test catalogue's REST resource; paths and permissions come from {@link LabTestsApi}. */
@Component(service = LabTestsResource.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@Path(LabTestsApi.PATH)
@Produces(MediaType.APPLICATION_JSON)
public class LabTestsResource implements LabTestsApi {
    @Reference
    TerminologyService terminology;

    @Override
    public Page<LabTest> search(String q, Integer page, Integer size) {
        return terminology.searchLabTests(q, page, size);
    }

    @Override
    public LabTest get(String loinc) {
        return terminology.labTest(loinc);
    }
}
