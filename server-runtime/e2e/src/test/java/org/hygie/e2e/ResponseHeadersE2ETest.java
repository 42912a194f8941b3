package org.hygie.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every kind of answer of the API carries the headers that keep patient data out of caches and
 * frames, and its request id: a success, a creation, each kind of refusal, an unknown path.
 */
class ResponseHeadersE2ETest {
    private static Api api;
    private static Api outsideApi;

    @BeforeAll
    static void start() throws Exception {
        api = SharedServer.get().api;
        outsideApi = new Api(SharedServer.get().server::outsideApi);
    }

    @Test
    void everyKindOfAnswer_shouldCarryTheSecurityHeadersAndARequestId() {
        String secretary = api.token("sec.petit");
        Map<String, Supplier<Api.Answer>> answers = new LinkedHashMap<>();
        answers.put("200 health", () -> api.get("/health", null));
        answers.put("200 patient data", () -> api.get("/patients?q=martin", secretary));
        answers.put("201 creation", () -> api.post("/patients", secretary, Map.of("lastName", "Entêtes",
                "firstName", "Zoé", "birthDate", "1990-02-03", "sex", "FEMALE")));
        answers.put("200 login", () -> api.post("/auth/login", null, Map.of("username", "sec.petit",
                "password", Api.DEMO_PASSWORD)));
        answers.put("400 malformed", () -> api.raw("POST", "/patients", secretary, "application/json",
                "{".getBytes(StandardCharsets.UTF_8)));
        answers.put("401 no token", () -> api.get("/patients", null));
        answers.put("401 wrong password", () -> api.post("/auth/login", null, Map.of("username", "sec.petit",
                "password", "not-the-password")));
        answers.put("403 role", () -> api.get("/users", secretary));
        answers.put("404 unknown path", () -> api.get("/no-such-thing", null));
        answers.put("404 unknown patient", () -> api.get("/patients/" + java.util.UUID.randomUUID(), secretary));
        answers.put("405 method", () -> api.post("/health", null, "{}"));
        answers.put("413 too large", () -> api.raw("POST", "/patients", secretary, "application/json",
                new byte[2 * 1024 * 1024]));
        // Refused by the servlet container before Jersey: its error page answers in the API's format.
        answers.put("400 unreadable media type", () -> api.raw("POST", "/auth/login", null, "a/b;c",
                "{}".getBytes(StandardCharsets.UTF_8)));
        answers.put("404 outside the API", () -> outsideApi.get("/favicon.ico", null));
        answers.put("415 media type", () -> api.raw("POST", "/patients", secretary, "text/plain",
                "{}".getBytes(StandardCharsets.UTF_8)));
        answers.put("422 field rules", () -> api.post("/patients", secretary, Map.of()));
        answers.forEach((kind, call) -> {
            Api.Answer answer = call.get();
            assertThat(String.valueOf(answer.status())).as(kind + ": " + answer).isEqualTo(kind.substring(0, 3));
            assertThat(answer.header("Cache-Control")).as(kind).isEqualTo("no-store");
            assertThat(answer.header("X-Content-Type-Options")).as(kind).isEqualTo("nosniff");
            assertThat(answer.header("X-Frame-Options")).as(kind).isEqualTo("DENY");
            assertThat(answer.header("Content-Security-Policy")).as(kind).contains("frame-ancestors 'none'");
            assertThat(answer.header("X-Request-Id")).as(kind).matches("[0-9a-f-]{36}");
            if (answer.status() >= 400) {
                assertThat(answer.json().get("requestId").asText()).as(kind).isEqualTo(answer.header("X-Request-Id"));
            }
        });
    }

    @Test
    void aPathJettyRefusesBeforeAnyContext_shouldStillForbidSniffingAndFraming() {
        Api.Answer answer = api.get("/patients/%00", null);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("Cache-Control")).contains("no-store");
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(answer.header("Content-Security-Policy")).contains("default-src 'none'");
    }
}
