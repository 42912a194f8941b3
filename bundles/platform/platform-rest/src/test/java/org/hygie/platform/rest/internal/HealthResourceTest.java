package org.hygie.platform.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.hygie.core.health.Readiness;
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
}
