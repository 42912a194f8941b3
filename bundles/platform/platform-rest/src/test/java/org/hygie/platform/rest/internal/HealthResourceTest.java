package org.hygie.platform.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.hygie.core.health.Health;
import org.hygie.core.health.Readiness;
import org.osgi.service.jakartars.runtime.dto.ApplicationDTO;
import org.osgi.service.jakartars.runtime.dto.FailedResourceDTO;
import org.osgi.service.jakartars.runtime.dto.ResourceDTO;
import org.osgi.service.jakartars.runtime.dto.RuntimeDTO;
import org.junit.jupiter.api.Test;

class HealthResourceTest {
    private static Readiness part(String name, Readiness.State state) {
        return new Readiness() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public State state() {
                return state;
            }

            @Override
            public String detail() {
                return state == State.READY ? null : "migrating";
            }
        };
    }

    @Test
    void current_shouldBeUpOnlyWhenEveryPartIsReady() {
        assertThat(HealthResource.current(List.of(part("users", Readiness.State.READY),
                part("patients", Readiness.State.READY))).status()).isEqualTo("UP");
        assertThat(HealthResource.current(List.of(part("users", Readiness.State.READY),
                part("patients", Readiness.State.STARTING))).status()).isEqualTo("STARTING");
        assertThat(HealthResource.current(List.of(part("users", Readiness.State.FAILED),
                part("patients", Readiness.State.STARTING))).status()).isEqualTo("DOWN");
    }

    @Test
    void awaited_shouldCountADeclaredUnitWithoutReadinessAsStarting() {
        var known = List.of(new org.hygie.core.health.Health.Part("users", Readiness.State.READY, null));
        var awaited = HealthResource.awaited(java.util.Set.of("users", "patients"), known);
        assertThat(awaited).extracting(p -> p.name()).containsExactly("patients");
        var all = new java.util.ArrayList<>(known);
        all.addAll(awaited);
        assertThat(HealthResource.of(all).status()).isEqualTo("STARTING");
    }

    @Test
    void current_shouldListPartsByName() {
        assertThat(HealthResource.current(List.of(part("users", Readiness.State.READY),
                part("auth", Readiness.State.READY))).areas()).extracting(p -> p.name()).containsExactly("auth", "users");
    }

    @Test
    void health_shouldAnswer503WhileStarting() {
        HealthResource resource = new HealthResource();
        Readiness patients = part("patients", Readiness.State.STARTING);
        resource.addReadiness(patients);
        assertThat(resource.health().getStatus()).isEqualTo(503);
        resource.removeReadiness(patients);
        assertThat(resource.health().getStatus()).isEqualTo(200);
    }

    private static RuntimeDTO serving(long... serviceIds) {
        RuntimeDTO runtime = new RuntimeDTO();
        runtime.defaultApplication = new ApplicationDTO();
        runtime.defaultApplication.resourceDTOs = java.util.Arrays.stream(serviceIds).mapToObj(id -> {
            ResourceDTO resource = new ResourceDTO();
            resource.serviceId = id;
            return resource;
        }).toArray(ResourceDTO[]::new);
        runtime.applicationDTOs = new ApplicationDTO[0];
        runtime.failedResourceDTOs = new FailedResourceDTO[0];
        return runtime;
    }

    @Test
    void unserved_shouldSayStartingUntilTheWhiteboardServesEveryRegisteredResource() {
        assertThat(HealthResource.unserved(Set.of(1L, 2L, 3L), serving(1L, 2L, 3L, 9L))).isEmpty();

        List<Health.Part> waiting = HealthResource.unserved(Set.of(1L, 2L, 3L), serving(1L));
        assertThat(waiting).singleElement().satisfies(part -> {
            assertThat(part.state()).isEqualTo(Readiness.State.STARTING);
            assertThat(part.detail()).startsWith("2 of 3 REST resources");
        });
        assertThat(HealthResource.unserved(Set.of(1L), null)).singleElement()
                .extracting(Health.Part::state).isEqualTo(Readiness.State.STARTING);
    }
}
