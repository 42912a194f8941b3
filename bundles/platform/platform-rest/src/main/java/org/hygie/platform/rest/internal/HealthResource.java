package org.hygie.platform.rest.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.hygie.core.health.Health;
import org.hygie.core.health.HealthApi;
import org.hygie.core.health.Readiness;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jakartars.runtime.JakartarsServiceRuntime;
import org.osgi.service.jakartars.runtime.dto.ApplicationDTO;
import org.osgi.service.jakartars.runtime.dto.ResourceDTO;
import org.osgi.service.jakartars.runtime.dto.RuntimeDTO;
import org.osgi.service.jakartars.whiteboard.JakartarsWhiteboardConstants;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/**
 * Aggregates every {@link Readiness} registered by the installed areas: UP when all are ready,
 * STARTING (503) while one is starting, DOWN (503) when one failed. Areas come and go with their
 * bundles, so the list is whatever is installed now: an area bundle that declares a persistence
 * unit counts as STARTING until its readiness is registered, and so does the whole server until
 * the framework has started every bundle. Otherwise an empty list would read as UP at start-up.
 * Last, every resource registered with the REST whiteboard must be served by it: an area's schema
 * may be ready while the whiteboard is still rebuilding its application, and a client told UP
 * would get a 404 from a path that exists a moment later.
 */
@Component(service = HealthResource.class)
@JakartarsResource
@Path(HealthApi.PATH)
public class HealthResource implements HealthApi {
    /** The header of area bundles with a persistence unit (PersistenceUnitHeader.NAME). */
    static final String UNIT_HEADER = "Hygie-PersistenceUnit";

    private final List<Readiness> parts = new CopyOnWriteArrayList<>();
    private BundleContext context;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile JakartarsServiceRuntime restRuntime;

    @Activate
    void activate(BundleContext context) {
        this.context = context;
    }

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
        List<Health.Part> states = new ArrayList<>(parts.stream()
                .map(p -> new Health.Part(p.name(), p.state(), p.detail())).toList());
        if (context != null) {
            states.addAll(awaited(declaredUnits(), states));
            states.addAll(unserved(registeredResources(), restRuntime == null ? null : restRuntime.getRuntimeDTO()));
            if (context.getBundle(0).getState() != Bundle.ACTIVE) {
                states.add(new Health.Part("server", Readiness.State.STARTING, "starting its bundles"));
            }
        }
        Health health = of(states);
        return Response.status("UP".equals(health.status()) ? 200 : 503).entity(health).build();
    }

    static Health current(List<Readiness> parts) {
        return of(parts.stream().map(p -> new Health.Part(p.name(), p.state(), p.detail())).toList());
    }

    /** The declared units that have no readiness yet, as STARTING parts. */
    static List<Health.Part> awaited(Set<String> declaredUnits, List<Health.Part> known) {
        Set<String> names = known.stream().map(Health.Part::name).collect(Collectors.toSet());
        return declaredUnits.stream().filter(unit -> !names.contains(unit))
                .map(unit -> new Health.Part(unit, Readiness.State.STARTING, "waiting for its database schema"))
                .toList();
    }

    /**
     * @param registered the service ids of the resources registered with the whiteboard
     * @param runtime what the whiteboard serves now, or null when it is not running
     * @return a STARTING part when a registered resource is not served (yet), else nothing
     */
    static List<Health.Part> unserved(Set<Long> registered, RuntimeDTO runtime) {
        if (runtime == null) {
            return List.of(new Health.Part("rest", Readiness.State.STARTING, "the REST whiteboard is not running"));
        }
        Set<Long> served = new java.util.HashSet<>();
        List<ApplicationDTO> applications = new ArrayList<>();
        if (runtime.defaultApplication != null) {
            applications.add(runtime.defaultApplication);
        }
        if (runtime.applicationDTOs != null) {
            applications.addAll(List.of(runtime.applicationDTOs));
        }
        for (ApplicationDTO application : applications) {
            for (ResourceDTO resource : application.resourceDTOs == null ? new ResourceDTO[0] : application.resourceDTOs) {
                served.add(resource.serviceId);
            }
        }
        long waiting = registered.stream().filter(id -> !served.contains(id)).count();
        if (waiting == 0) {
            return List.of();
        }
        long failed = runtime.failedResourceDTOs == null ? 0
                : java.util.Arrays.stream(runtime.failedResourceDTOs).map(f -> f.serviceId)
                        .filter(registered::contains).count();
        return List.of(new Health.Part("rest", Readiness.State.STARTING, waiting + " of " + registered.size()
                + " REST resources not served yet" + (failed == 0 ? "" : " (" + failed + " refused by the whiteboard for now)")));
    }

    private Set<Long> registeredResources() {
        try {
            ServiceReference<?>[] references = context.getServiceReferences((String) null,
                    "(" + JakartarsWhiteboardConstants.JAKARTA_RS_RESOURCE + "=true)");
            return references == null ? Set.of()
                    : java.util.Arrays.stream(references).map(r -> (Long) r.getProperty(Constants.SERVICE_ID))
                            .collect(Collectors.toSet());
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Set<String> declaredUnits() {
        return java.util.Arrays.stream(context.getBundles())
                .filter(b -> (b.getState() & (Bundle.STARTING | Bundle.ACTIVE)) != 0)
                .map(b -> b.getHeaders("").get(UNIT_HEADER))
                .filter(header -> header != null && !header.isBlank())
                .map(header -> header.split(";", 2)[0].trim())
                .collect(Collectors.toSet());
    }

    static Health of(List<Health.Part> parts) {
        List<Health.Part> states = parts.stream().sorted(Comparator.comparing(Health.Part::name)).toList();
        String status = states.stream().anyMatch(p -> p.state() == Readiness.State.FAILED) ? "DOWN"
                : states.stream().anyMatch(p -> p.state() != Readiness.State.READY) ? "STARTING" : "UP";
        return new Health(status, states);
    }
}
