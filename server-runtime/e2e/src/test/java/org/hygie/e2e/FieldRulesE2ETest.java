package org.hygie.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The field rules of the input records, checked by the REST layer before any area code runs: the
 * 422 names the fields with their codes, an absent body is refused with the fields it misses,
 * the access check comes first, and a body of thousands of bad items gets a short answer.
 */
class FieldRulesE2ETest {
    private static Api api;
    private static String secretary;

    @BeforeAll
    static void start() throws Exception {
        api = SharedServer.get().api;
        secretary = api.token("sec.petit");
        AppointmentsE2ETest.awaitArea(api);
    }

    private static List<String> errors(Api.Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("type").asText()).isEqualTo("urn:hygie:problem:validation");
        List<String> errors = new ArrayList<>();
        for (JsonNode e : answer.json().get("errors")) {
            errors.add(e.get("field").asText() + ":" + e.get("code").asText());
        }
        return errors;
    }

    @Test
    void absentBody_shouldBeRefusedWithTheFieldsItMisses() {
        assertThat(errors(api.raw("POST", "/patients", secretary, "application/json", new byte[0])))
                .containsExactlyInAnyOrder("birthDate:required", "firstName:required", "lastName:required", "sex:required");
        assertThat(errors(api.raw("POST", "/patients", secretary, "application/json",
                "null".getBytes(StandardCharsets.UTF_8))))
                .containsExactlyInAnyOrder("birthDate:required", "firstName:required", "lastName:required", "sex:required");
        assertThat(errors(api.raw("POST", "/auth/login", null, "application/json", new byte[0])))
                .containsExactlyInAnyOrder("password:required", "username:required");
    }

    @Test
    void fieldErrors_shouldCarryTheirCodeAndAnEnglishMessage() {
        Api.Answer answer = api.post("/patients", secretary, Map.of("lastName", "Durand", "firstName", "Zoé",
                "birthDate", "1899-12-31", "sex", "FEMALE", "phone", "call me", "nir", "255081416802539"));
        assertThat(errors(answer)).containsExactly("birthDate:too_old", "nir:invalid_key", "phone:invalid_format");
        assertThat(answer.json().get("errors").get(0).get("message").asText()).startsWith("birthDate ");
    }

    @Test
    void accessCheck_shouldComeBeforeTheFieldRules() {
        // A biologist may not create patients: he learns nothing of what a patient needs.
        Api.Answer answer = api.post("/patients", api.token("bio.durand"), Map.of());
        assertThat(answer.status()).as(answer.toString()).isEqualTo(403);
        assertThat(api.post("/patients", null, Map.of()).status()).isEqualTo(401);
    }

    @Test
    void thousandsOfBadItems_shouldGetAShortAnswer() {
        String doctor = AppointmentsE2ETest.doctors(api, secretary).get("dr.lefevre");
        List<Map<String, String>> periods = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            periods.add(Map.of("day", "MONDAY", "start", "12:00", "end", "08:00"));
        }
        // Over the bound: said once on the list, with a few of the bad items.
        List<String> errors = errors(api.put("/doctors/" + doctor + "/working-hours", api.token("admin"),
                Map.of("periods", periods, "version", 0)));
        assertThat(errors).hasSize(6).first().isEqualTo("periods:too_many");
        assertThat(errors.subList(1, 6)).allMatch(e -> e.matches("periods\\[\\d+]:end_before_start"));
        // Within it: 50 bad items, 5 of them listed.
        List<String> within = errors(api.put("/doctors/" + doctor + "/working-hours", api.token("admin"),
                Map.of("periods", periods.subList(0, 50), "version", 0)));
        assertThat(within).hasSize(5).allMatch(e -> e.matches("periods\\[\\d+]:end_before_start"));
        assertThat(within).first().isEqualTo("periods[0]:end_before_start");
    }
}
