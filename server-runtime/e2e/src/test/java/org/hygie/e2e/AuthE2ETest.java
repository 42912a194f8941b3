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
    private static ServerProcess server;

    @BeforeAll
    static void start() throws Exception {
        // the tests here all come from 127.0.0.1: few enough failures for its throttle (10); those
        // that need more use other addresses (FromAddress), and LoginDefenceE2ETest a server of its own
        api = SharedServer.get().api;
        server = SharedServer.get().server;
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
    void unlock_shouldLetALockedUserLogInAgain() {
        String user = newUser("DOCTOR", "Temporary-pass-1");
        for (int i = 1; i <= 5; i++) {
            new FromAddress(server, "127.0.5." + i).login(user, "Wrong-password-" + i);
        }
        FromAddress desk = new FromAddress(server, "127.0.5.10");
        assertThat(desk.login(user, "Temporary-pass-1").status()).as("locked, said like a wrong password").isEqualTo(401);
        String id = api.get("/users?q=" + user, api.token("admin")).json().get("items").get(0).get("id").asText();
        assertThat(api.post("/users/" + id + "/unlock", api.token("admin"), "").status()).isLessThan(300);
        assertThat(desk.login(user, "Temporary-pass-1").status()).isEqualTo(200);
    }

    @Test
    void passwordChange_shouldEndTheUsersOtherSessionsAndKeepTheOneThatMadeIt() {
        String user = newUser("SECRETARY", "Temporary-pass-1");
        String desk = login(user, "Temporary-pass-1").json().get("token").asText();
        String laptop = login(user, "Temporary-pass-1").json().get("token").asText();
        String other = api.token("sec.petit");

        assertThat(api.post("/auth/password", desk,
                Map.of("currentPassword", "Temporary-pass-1", "newPassword", "Cerisier-en-fleur-7")).status())
                .isEqualTo(204);

        assertThat(api.get("/auth/me", desk).status()).as("the session that changed it").isEqualTo(200);
        assertThat(api.get("/patients?q=a", desk).status()).isEqualTo(200);
        assertThat(api.get("/auth/me", laptop).status()).as("the user's other session").isEqualTo(401);
        assertThat(api.get("/auth/me", other).status()).as("someone else's").isEqualTo(200);
    }

    @Test
    void weakPasswords_shouldBeRefusedWith422SayingWhyWhoeverSetsThem() {
        String user = newUser("SECRETARY", "Temporary-pass-1");
        String token = login(user, "Temporary-pass-1").json().get("token").asText();
        Map<String, String> probed = Map.of("aaaaaaaaaaaa", "trivial_password", "123456789012", "trivial_password",
                "passwordpassword", "common_password", "azertyuiop12", "trivial_password",
                "Password1234", "common_password", user + "-2026", "contains_name");
        probed.forEach((weak, code) -> {
            Api.Answer refused = api.post("/auth/password", token, Map.of("currentPassword", "Temporary-pass-1", "newPassword", weak));
            assertThat(refused.status()).as(weak).isEqualTo(422);
            assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("newPassword");
            assertThat(refused.json().get("errors").get(0).get("code").asText()).as(weak).isEqualTo(code);
            assertThat(refused.json().get("errors").get(0).get("message").asText()).isNotBlank();
        });

        // the administrator's creation and reset follow the same rules
        Api.Answer created = api.post("/users", api.token("admin"), Map.of("username", "e2e.weak" + user.substring(4),
                "displayName", "Test weak", "role", "DOCTOR", "temporaryPassword", "passwordpassword"));
        assertThat(created.status()).isEqualTo(422);
        assertThat(created.json().get("errors").findValuesAsText("code")).containsExactly("common_password");
        String id = api.get("/users?q=" + user, api.token("admin")).json().get("items").get(0).get("id").asText();
        Api.Answer reset = api.post("/users/" + id + "/password-reset", api.token("admin"),
                Map.of("temporaryPassword", "123456789012"));
        assertThat(reset.status()).isEqualTo(422);
        assertThat(reset.json().get("errors").findValuesAsText("code")).containsExactly("trivial_password");

        // and a recent password cannot come back
        assertThat(api.post("/auth/password", token, Map.of("currentPassword", "Temporary-pass-1",
                "newPassword", "Cerisier-en-fleur-7")).status()).isEqualTo(204);
        Api.Answer back = api.post("/auth/password", token, Map.of("currentPassword", "Cerisier-en-fleur-7",
                "newPassword", "Temporary-pass-1"));
        assertThat(back.status()).isEqualTo(422);
        assertThat(back.json().get("errors").findValuesAsText("code")).containsExactly("reused_password");
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
        String second = login(user, "Temporary-pass-1").json().get("token").asText();
        assertThat(api.get("/auth/me", token).status()).isEqualTo(200);
        String id = api.get("/users?q=" + user, api.token("admin")).json().get("items").get(0).get("id").asText();
        assertThat(api.post("/users/" + id + "/deactivate", api.token("admin"), "").status()).isLessThan(300);
        assertThat(api.get("/auth/me", token).status()).isEqualTo(401);
        assertThat(api.get("/auth/me", second).status()).isEqualTo(401);
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
