package org.hygie.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Login, lockout, sessions and password changes, as a client lives them. */
class AuthE2ETest {
    private static Api api;

    @BeforeAll
    static void start() throws Exception {
        api = SharedServer.get().api;
    }

    /** A fresh account made by the admin, so that tests which lock or change it touch no one else. */
    private static String newUser(String role, String temporaryPassword) {
        String username = "e2e." + UUID.randomUUID().toString().substring(0, 8);
        Api.Answer created = api.post("/users", api.token("admin"), Map.of("username", username,
                "displayName", "Test " + username, "role", role, "temporaryPassword", temporaryPassword));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return username;
    }

    private static Api.Answer login(String username, String password) {
        return api.post("/auth/login", null, Map.of("username", username, "password", password));
    }

    @Test
    void login_shouldReturnAnOpaqueTokenWithTheUser() {
        Api.Answer answer = login("dr.martin", Api.DEMO_PASSWORD);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("token").asText()).hasSizeGreaterThanOrEqualTo(22);
        assertThat(Instant.parse(answer.json().get("expiresAt").asText())).isAfter(Instant.now());
        assertThat(answer.json().get("user").get("username").asText()).isEqualTo("dr.martin");
        assertThat(answer.json().get("user").get("role").asText()).isEqualTo("DOCTOR");
        assertThat(answer.json().get("user").get("mustChangePassword").asBoolean()).isFalse();
    }

    @Test
    void login_shouldAnswerTheSameForAnUnknownUserAndAWrongPassword() {
        Api.Answer unknown = login("nobody." + UUID.randomUUID(), "Whatever-password-1");
        Api.Answer wrong = login("sec.petit", "Wrong-password-1");
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(wrong.status()).isEqualTo(401);
        // The same answer but for the request's own id.
        ((com.fasterxml.jackson.databind.node.ObjectNode) unknown.json()).remove("requestId");
        ((com.fasterxml.jackson.databind.node.ObjectNode) wrong.json()).remove("requestId");
        assertThat(unknown.json()).isEqualTo(wrong.json());
        assertThat(wrong.contentType()).startsWith("application/problem+json");
    }

    @Test
    void login_shouldLockTheAccountAfterFiveFailuresAndSayUntilWhen() {
        String user = newUser("SECRETARY", "Temporary-pass-1");
        for (int i = 0; i < 5; i++) {
            assertThat(login(user, "Wrong-password-" + i).status()).isEqualTo(401);
        }
        Api.Answer locked = login(user, "Temporary-pass-1");
        assertThat(locked.status()).as(locked.toString()).isEqualTo(423);
        Instant until = Instant.parse(locked.json().get("lockedUntil").asText());
        assertThat(until).isBetween(Instant.now().plusSeconds(14 * 60), Instant.now().plusSeconds(16 * 60));
        assertThat(locked.json().get("detail").asText()).isNotBlank();
    }

    @Test
    void unlock_shouldLetALockedUserLogInAgain() {
        String user = newUser("DOCTOR", "Temporary-pass-1");
        for (int i = 0; i < 5; i++) {
            login(user, "Wrong-password-" + i);
        }
        assertThat(login(user, "Temporary-pass-1").status()).isEqualTo(423);
        String id = api.get("/users?q=" + user, api.token("admin")).json().get("items").get(0).get("id").asText();
        assertThat(api.post("/users/" + id + "/unlock", api.token("admin"), "").status()).isLessThan(300);
        assertThat(login(user, "Temporary-pass-1").status()).isEqualTo(200);
    }

    @Test
    void newAccount_shouldChangeItsPasswordBeforeAnythingElse() {
        String user = newUser("SECRETARY", "Temporary-pass-1");
        Api.Answer first = login(user, "Temporary-pass-1");
        assertThat(first.json().get("user").get("mustChangePassword").asBoolean()).isTrue();
        String token = first.json().get("token").asText();

        Api.Answer blocked = api.get("/patients?q=a", token);
        assertThat(blocked.status()).isEqualTo(403);
        assertThat(blocked.json().get("type").asText()).isEqualTo("urn:hygie:problem:password-change-required");
        assertThat(api.get("/auth/me", token).status()).isEqualTo(200);

        Api.Answer tooShort = api.post("/auth/password", token,
                Map.of("currentPassword", "Temporary-pass-1", "newPassword", "short"));
        assertThat(tooShort.status()).isEqualTo(422);
        assertThat(tooShort.json().get("errors").findValuesAsText("field")).contains("newPassword");

        assertThat(api.post("/auth/password", token,
                Map.of("currentPassword", "Temporary-pass-1", "newPassword", "My-own-password-42")).status())
                .isEqualTo(204);
        assertThat(api.get("/patients?q=a", token).status()).isEqualTo(200);
        assertThat(login(user, "Temporary-pass-1").status()).isEqualTo(401);
        assertThat(login(user, "My-own-password-42").status()).isEqualTo(200);
    }

    @Test
    void deactivation_shouldEndTheUsersSessions() {
        String user = newUser("DOCTOR", "Temporary-pass-1");
        String token = login(user, "Temporary-pass-1").json().get("token").asText();
        assertThat(api.get("/auth/me", token).status()).isEqualTo(200);
        String id = api.get("/users?q=" + user, api.token("admin")).json().get("items").get(0).get("id").asText();
        assertThat(api.post("/users/" + id + "/deactivate", api.token("admin"), "").status()).isLessThan(300);
        assertThat(api.get("/auth/me", token).status()).isEqualTo(401);
        assertThat(login(user, "Temporary-pass-1").status()).isEqualTo(401);
    }

    @Test
    void me_shouldDescribeTheCaller() {
        Api.Answer me = api.get("/auth/me", api.token("bio.durand"));
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("role").asText()).isEqualTo("BIOLOGIST");
    }

    @Test
    void login_shouldRefuseAMissingPasswordWithAFieldError() {
        Api.Answer answer = api.post("/auth/login", null, Map.of("username", "dr.martin"));
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.json().get("errors").findValuesAsText("field")).contains("password");
    }
}
