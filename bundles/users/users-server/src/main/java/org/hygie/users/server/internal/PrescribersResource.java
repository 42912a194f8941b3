package org.hygie.users.server.internal;

import java.util.UUID;

import org.hygie.core.security.CurrentUser;
import org.hygie.users.api.PrescriberDetails;
import org.hygie.users.api.PrescribersApi;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code /api/users/{id}/prescriber}: the REST face of the accounts' prescriber details. */
@Component(service = PrescribersResource.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@Path(PrescribersApi.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PrescribersResource implements PrescribersApi {
    @Reference
    UserManager users;

    @Reference
    CurrentUser currentUser;

    @Override
    public PrescriberDetails get(UUID id) {
        return users.prescriberDetails(id);
    }

    @Override
    public PrescriberDetails set(UUID id, PrescriberDetails details) {
        return users.setPrescriber(currentUser.require(), id, details);
    }
}
