package org.hygie.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * {@code java -jar hygie-server.jar} with no database settings, as on a bare machine: it starts an
 * embedded PostgreSQL in its data folder, and what was saved is still there after a restart.
 */
class EmbeddedDatabaseE2ETest {
    @Test
    void serverWithoutDatabaseSettings_shouldRunOnEmbeddedPostgresAndKeepItsDataAcrossRestarts() throws Exception {
        Map<String, String> env = Map.of("HYGIE_DEMO", "1", "HYGIE_USERS_BCRYPT_COST", "10");
        String id;
        try (ServerProcess server = new ServerProcess("embedded", env).awaitHealthy(Duration.ofSeconds(180))) {
            Api api = new Api(server::uri);
            Api.Answer created = api.post("/patients", api.token("sec.petit"), Map.of("lastName", "Persistant",
                    "firstName", "Agnès", "birthDate", "1961-11-11", "sex", "FEMALE"));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            id = created.json().get("patient").get("id").asText();
            assertThat(server.directory.resolve("hygie-data")).isDirectory();
        }
        try (ServerProcess again = new ServerProcess("embedded", env).awaitHealthy(Duration.ofSeconds(180))) {
            Api api = new Api(again::uri);
            Api.Answer read = api.get("/patients/" + id, api.token("sec.petit"));
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.json().get("firstName").asText()).isEqualTo("Agnès");
        }
    }
}
