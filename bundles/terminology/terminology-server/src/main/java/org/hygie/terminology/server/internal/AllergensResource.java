package org.hygie.terminology.server.internal;

import org.hygie.core.paging.Page;
import org.hygie.terminology.api.Allergen;
import org.hygie.terminology.api.AllergensApi;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The allergens' REST resource; paths and permissions come from {@link AllergensApi}. */
@Component(service = AllergensResource.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@Path(AllergensApi.PATH)
@Produces(MediaType.APPLICATION_JSON)
public class AllergensResource implements AllergensApi {
    @Reference
    TerminologyService terminology;

    @Override
    public Page<Allergen> search(String q, Integer page, Integer size) {
        return terminology.searchAllergens(q, page, size);
    }
}
