package org.hygie.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What an attacker on the LAN gets from the login, against a server of its own with the default
 * throttle (10 failures per address, 5 per name from an address, waits doubling from 1 s to 15
 * minutes) so that no other test's failures count: the tries come from many loopback addresses,
 * as from many computers ({@link FromAddress}).
 */
class LoginDefenceE2ETest {
    private static TestDatabase database;
    private static ServerProcess server;
    private static Api api;

    @BeforeAll
    static void start() throws Exception {
        database = new TestDatabase();
        server = new ServerProcess("login-defence", Map.of(
                "HYGIE_DB_URL", database.url(),
                "HYGIE_DEMO", "1",
                "HYGIE_USERS_BCRYPT_COST", "10"));
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

    private static FromAddress from(String address) {
        return new FromAddress(server, address);
    }

    private static String newUser(String role, String temporaryPassword) {
        String username = "e2e." + UUID.randomUUID().toString().substring(0, 8);
        Api.Answer created = api.post("/users", api.token("admin"), Map.of("username", username,
                "displayName", "Test " + username, "role", role, "temporaryPassword", temporaryPassword));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return username;
    }

    @Test
    void lockedAccount_shouldAnswerExactlyLikeAWrongPasswordAndAnUnknownName() {
        String user = newUser("SECRETARY", "Temporary-pass-1");
        for (int i = 1; i <= 5; i++) {
            // five computers: no throttle gets in the way, the account itself locks
            assertThat(from("127.0.1." + i).login(user, "Wrong-password-" + i).status()).isEqualTo(401);
        }
        Api.Answer seen = api.get("/users?q=" + user, api.token("admin"));
        assertThat(seen.json().get("items").get(0).get("lockedUntil").isNull()).as("locked, as the administrator sees").isFalse();

        FromAddress.Answer locked = from("127.0.1.10").login(user, "Temporary-pass-1");
        FromAddress.Answer wrong = from("127.0.1.11").login("sec.petit", "Wrong-password-9");
        FromAddress.Answer unknown = from("127.0.1.12").login("nobody." + user, "Temporary-pass-1");

        assertThat(locked.status()).isEqualTo(401);
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);
        // the same answer but for each request's own id
        assertThat(withoutRequestId(locked)).isEqualTo(withoutRequestId(wrong)).isEqualTo(withoutRequestId(unknown));
        assertThat(locked.json().get("requestId").asText()).isNotEqualTo(wrong.json().get("requestId").asText());
        assertThat(locked.headers().get("content-type")).isEqualTo(unknown.headers().get("content-type"));
    }

    @Test
    void passwordSpray_shouldBeAnswered429WithRetryAfterOnceTenNamesFailedFromOneAddress() {
        FromAddress sprayer = from("127.0.2.1");
        for (int i = 0; i < 10; i++) {
            assertThat(sprayer.login("spray." + i, "Spring-2026-spray").status()).isEqualTo(401);
        }

        FromAddress.Answer throttled = sprayer.login("spray.10", "Spring-2026-spray");

        assertThat(throttled.status()).as(throttled.toString()).isEqualTo(429);
        assertThat(throttled.headers().get("retry-after")).isEqualTo("1");
        assertThat(throttled.headers().get("content-type")).startsWith("application/problem+json");
        assertThat(throttled.json().get("type").asText()).isEqualTo("urn:hygie:problem:too-many-requests");
        assertThat(throttled.json().get("retryAfter").asLong()).isEqualTo(1);
        // another computer is not slowed down by this one
        assertThat(from("127.0.2.2").login("spray.10", "Spring-2026-spray").status()).isEqualTo(401);
    }

    @Test
    void anonymousTries_shouldNeverKeepTheAdministratorOut() {
        // thirty wrong passwords for admin from six computers, each slowed down after five
        for (int computer = 1; computer <= 6; computer++) {
            FromAddress attacker = from("127.0.3." + computer);
            for (int i = 0; i < 5; i++) {
                assertThat(attacker.login("admin", "Guess-" + computer + "-" + i).status()).isEqualTo(401);
            }
            assertThat(attacker.login("admin", "Guess-" + computer + "-more").status()).isEqualTo(429);
        }

        // the administrator, at their own computer, logs in at once: no lock, no wait
        FromAddress.Answer admin = from("127.0.3.100").login("admin", Api.DEMO_PASSWORD);
        assertThat(admin.status()).as(admin.toString()).isEqualTo(200);
        Api.Answer seen = api.get("/users?q=admin", api.token("admin"));
        assertThat(seen.json().get("items").findValuesAsText("username")).contains("admin");
        assertThat(seen.json().get("items").get(0).get("lockedUntil").isNull()).isTrue();
    }

    @Test
    void failedLogin_shouldBeLoggedWithTheClientsAddress() throws Exception {
        String name = "who." + UUID.randomUUID().toString().substring(0, 6);
        assertThat(from("127.0.4.7").login(name, "Wrong-password-1").status()).isEqualTo(401);

        String expected = "Failed login for '" + name + "' from 127.0.4.7";
        Instant deadline = Instant.now().plusSeconds(10);
        while (!log().contains(expected) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100); // poll: the server process writes its log on its own
        }
        assertThat(log()).contains(expected);
    }

    private static String log() throws IOException {
        return Files.readString(server.log);
    }

    private static JsonNode withoutRequestId(FromAddress.Answer answer) {
        ObjectNode copy = answer.json().deepCopy();
        copy.remove("requestId");
        return copy;
    }
}
