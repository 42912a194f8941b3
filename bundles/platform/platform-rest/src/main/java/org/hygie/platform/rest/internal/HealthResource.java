package org.hygie.platform.rest.internal;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.hygie.core.health.Health;
import org.hygie.core.health.HealthApi;
import org.hygie.core.health.Readiness;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/**
 * Aggregates every {@link Readiness} registered by the installed areas: UP when all are ready,
 * STARTING (503) while one is starting, DOWN (503) when one failed. Areas come and go with their
 * bundles, so the list is whatever is registered now.
 */
@Component(service = HealthResource.class)
@JakartarsResource
@Path(HealthApi.PATH)
public class HealthResource implements HealthApi {
    private final List<Readiness> parts = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addReadiness(Readiness readiness) {
        parts.add(readiness);
    }

    void removeReadiness(Readiness readiness) {
        parts.remove(readiness);
    }

    @Override
    public Response health() {
        Health health = current(parts);
        return Response.status("UP".equals(health.status()) ? 200 : 503).entity(health).build();
    }

    static Health current(List<Readiness> parts) {
        List<Health.Part> states = parts.stream()
                .map(p -> new Health.Part(p.name(), p.state(), p.detail()))
                .sorted(Comparator.comparing(Health.Part::name))
                .toList();
        String status = states.stream().anyMatch(p -> p.state() == Readiness.State.FAILED) ? "DOWN"
                : states.stream().anyMatch(p -> p.state() != Readiness.State.READY) ? "STARTING" : "UP";
        return new Health(status, states);
    }
}
