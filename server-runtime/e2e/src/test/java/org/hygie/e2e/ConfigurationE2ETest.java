package org.hygie.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The areas configure themselves from the server's environment and its configuration file, as IT
 * sets them ({@code HYGIE_SECTION_NAME} or {@code section.name} in {@code hygie.properties}), the
 * environment winning: each setting here is observable through the API. The database, the demo
 * switch and the BCrypt cost come from the file too.
 */
class ConfigurationE2ETest {
    private static TestDatabase database;
    private static ServerProcess server;
    private static Api api;

    @BeforeAll
    static void start() throws Exception {
        database = new TestDatabase();
        Path directory = ServerProcess.WORK.resolve("configured").toAbsolutePath();
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("hygie.properties"), String.join("\n",
                "# Hygie server settings; HYGIE_* environment variables win over these",
                "db.url = " + database.url(),
                "demo = 1",
                "users.bcryptCost = 10",
                "users.maxFailedLogins = 2",
                "users.lockMinutes = 45",
                "auth.idleMinutes = 9",
                "appointments.timeZone = America/Montreal",
                ""), StandardCharsets.UTF_8);
        server = new ServerProcess("configured", Map.of(
                "HYGIE_AUTH_IDLE_MINUTES", "7",
                "HYGIE_APPOINTMENTS_TIME_ZONE", "Asia/Tokyo"));
        server.awaitHealthy(Duration.ofSeconds(120));
        api = new Api(server::uri);
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void areaSettingFromTheFile_shouldReachTheArea() {
        // users.maxFailedLogins = 2 and users.lockMinutes = 45 instead of the defaults 5 and 15
        Map<String, String> wrong = Map.of("username", "bio.durand", "password", "Wrong-password-1");
        assertThat(api.post("/auth/login", null, wrong).status()).isEqualTo(401);
        assertThat(api.post("/auth/login", null, wrong).status()).isEqualTo(401);
        Api.Answer locked = api.post("/auth/login", null, Map.of("username", "bio.durand", "password",
                Api.DEMO_PASSWORD));
        assertThat(locked.status()).as("locked, said like a wrong password").isEqualTo(401);
        Api.Answer seen = api.get("/users?q=bio.durand", api.token("admin"));
        assertThat(Instant.parse(seen.json().get("items").get(0).get("lockedUntil").asText()))
                .isBetween(Instant.now().plusSeconds(44 * 60), Instant.now().plusSeconds(46 * 60));
    }

    @Test
    void areaSettingInTheEnvironment_shouldWinOverTheFile() throws InterruptedException {
        // HYGIE_AUTH_IDLE_MINUTES = 7 over auth.idleMinutes = 9 (default 30)
        Instant before = Instant.now();
        Api.Answer login = api.post("/auth/login", null, Map.of("username", "dr.martin", "password",
                Api.DEMO_PASSWORD));
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        assertThat(Instant.parse(login.json().get("expiresAt").asText()))
                .isBetween(before.plusSeconds(7 * 60 - 5), Instant.now().plusSeconds(7 * 60 + 5));

        // HYGIE_APPOINTMENTS_TIME_ZONE = Asia/Tokyo over appointments.timeZone = America/Montreal
        String token = login.json().get("token").asText();
        AppointmentsE2ETest.awaitArea(api);
        String martin = AppointmentsE2ETest.doctors(api, token).get("dr.martin");
        Api.Answer hours = api.get("/doctors/" + martin + "/working-hours", token);
        assertThat(hours.status()).as(hours.toString()).isEqualTo(200);
        assertThat(hours.json().get("timeZone").asText()).isEqualTo("Asia/Tokyo");
    }
}
