package org.hygie.patients.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class PatientsResourceTest {
    @Test
    void location_shouldBeRelativeToTheApplicationBase() {
        UUID id = UUID.fromString("0b5f0d5e-8d2c-4d3e-9a55-1c1f0f6f2f10");
        assertThat(PatientsResource.location(id)).hasToString("patients/" + id);
        assertThat(URI.create("http://localhost:8080/api/").resolve(PatientsResource.location(id)))
                .hasToString("http://localhost:8080/api/patients/" + id);
    }
}
