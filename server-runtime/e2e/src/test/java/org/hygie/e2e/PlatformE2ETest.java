package org.hygie.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What every client sees whatever the areas: health, and errors as problem details. */
class PlatformE2ETest {
    private static Api api;

    @BeforeAll
    static void start() throws Exception {
        api = SharedServer.get().api;
    }

    @Test
    void health_shouldBeUpAndListTheAreasOnceReady() {
        Api.Answer health = api.get("/health", null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("UP");
        assertThat(health.json().get("areas").findValuesAsText("name")).contains("users", "auth", "patients");
        assertThat(health.json().get("areas").findValuesAsText("state")).containsOnly("READY");
    }

    @Test
    void configuredDatabase_shouldHoldTheServersData() throws Exception {
        try (java.sql.Connection c = SharedServer.get().database.connect();
                java.sql.ResultSet rs = c.createStatement()
                        .executeQuery("SELECT count(*) FROM users_user WHERE username = 'dr.martin'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void unknownPath_shouldAnswer404AsProblemJson() {
        Api.Answer answer = api.get("/no-such-thing", null);
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("status").asInt()).isEqualTo(404);
        assertThat(answer.json().get("detail").asText()).isNotBlank();
    }

    @Test
    void wrongMethod_shouldAnswer405AsProblemJson() {
        Api.Answer answer = api.post("/health", null, "{}");
        assertThat(answer.status()).isEqualTo(405);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }
}
