package org.hygie.terminology.server.internal;

import java.util.List;

import org.hygie.core.paging.Page;
import org.hygie.terminology.api.Drug;
import org.hygie.terminology.api.DrugsApi;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The drug catalogue's REST resource; paths and permissions come from {@link DrugsApi}. */
@Component(service = DrugsResource.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@Path(DrugsApi.PATH)
@Produces(MediaType.APPLICATION_JSON)
public class DrugsResource implements DrugsApi {
    @Reference
    TerminologyService terminology;

    @Override
    public Page<Drug> search(String q, Integer page, Integer size) {
        return terminology.searchDrugs(q, page, size);
    }

    @Override
    public Drug get(String cis) {
        return terminology.drug(cis);
    }

    @Override
    public List<Drug> byCis(List<String> cis) {
        return terminology.drugsByCis(cis);
    }
}
