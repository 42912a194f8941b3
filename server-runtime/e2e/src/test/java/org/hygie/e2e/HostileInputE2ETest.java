package org.hygie.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What an attacker on the LAN tries, endpoint by endpoint: characters PostgreSQL cannot store,
 * dates of year 0001 or 999999999, pages beyond any offset, updates that do not say which version
 * they change, keys given twice, bodies of the wrong shape. Each gets a 4xx problem naming what is
 * wrong, never a 500, never a Java class name.
 */
class HostileInputE2ETest {
    private static final String NUL = "\u0000";
    /** A Java class or package name as a stack trace or a Jackson message would show it. */
    private static final Pattern JAVA_NAME = Pattern.compile(
            "(?:java|javax|jakarta|com|org|sun)\\.[a-z0-9_]+\\.|[A-Z][A-Za-z]+(?:Exception|Error)\\b|\\bat [a-z]+\\.");

    private static Api api;
    private static String secretary;
    private static String doctor;
    private static String admin;
    private static String martinId;
    private static String patientId;

    @BeforeAll
    static void start() throws Exception {
        api = SharedServer.get().api;
        secretary = api.token("sec.petit");
        doctor = api.token("dr.martin");
        admin = api.token("admin");
        AppointmentsE2ETest.awaitArea(api);
        martinId = AppointmentsE2ETest.doctors(api, secretary).get("dr.martin");
        patientId = AppointmentsE2ETest.newPatient(api);
    }

    /** @return the one field error of a 422, as {@code field:code} */
    private static String fieldError(Api.Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        JsonNode errors = answer.json().get("errors");
        assertThat(errors).as(answer.toString()).hasSize(1);
        return errors.get(0).get("field").asText() + ":" + errors.get(0).get("code").asText();
    }

    private static Map<String, Object> patient() {
        Map<String, Object> body = new HashMap<>();
        body.put("lastName", "Hostile");
        body.put("firstName", "Ève");
        body.put("birthDate", "1980-01-01");
        body.put("sex", "FEMALE");
        return body;
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    private static String encoded(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void nulCharacters_shouldBeRefusedWith422NamingTheField() {
        assertThat(fieldError(api.get("/patients?q=" + encoded("Dup" + NUL + "ont"), secretary)))
                .isEqualTo("q:invalid_characters");
        assertThat(fieldError(api.get("/users?q=" + encoded(NUL), admin))).isEqualTo("q:invalid_characters");
        assertThat(fieldError(api.post("/patients", secretary, with(patient(), "email", "a" + NUL + "b@example.org"))))
                .isEqualTo("email:invalid_characters");
        assertThat(fieldError(api.post("/patients", secretary, with(patient(), "address", "1 rue" + NUL))))
                .isEqualTo("address:invalid_characters");
        assertThat(fieldError(api.post("/patients/duplicates", secretary, with(patient(), "lastName", NUL + "Martin"))))
                .isEqualTo("lastName:invalid_characters");
        assertThat(fieldError(api.post("/patients/" + patientId + "/allergies", doctor,
                Map.of("substance", "Pénicil" + NUL + "line", "severity", "MILD")))).isEqualTo("substance:invalid_characters");
        Map<String, Object> booking = AppointmentsE2ETest.booking(patientId, martinId, "2031-03-03T09:00:00+01:00",
                "2031-03-03T09:20:00+01:00");
        assertThat(fieldError(api.post("/appointments", secretary, with(booking, "reason", "Toux" + NUL))))
                .isEqualTo("reason:invalid_characters");
        assertThat(fieldError(api.post("/auth/login", null, Map.of("username", "admin" + NUL, "password", "x"))))
                .isEqualTo("username:invalid_characters");
        // The access check still comes first: a caller without a session learns nothing of the rules.
        assertThat(api.get("/patients?q=" + encoded(NUL), null).status()).isEqualTo(401);
    }

    @Test
    void halfASurrogatePair_shouldBeRefusedLikeNul() {
        // Written as JSON escapes: a Java string could not carry it to the wire intact.
        String body = "{\"lastName\":\"Mar\\ud800tin\",\"firstName\":\"Ève\",\"birthDate\":\"1980-01-01\",\"sex\":\"FEMALE\"}";
        assertThat(fieldError(api.raw("POST", "/patients", secretary, "application/json",
                body.getBytes(StandardCharsets.UTF_8)))).isEqualTo("lastName:invalid_characters");
    }

    @Test
    void yearsOutOfAnyRange_shouldBeRefusedWith422() {
        assertThat(fieldError(api.post("/patients", secretary, with(patient(), "birthDate", "+999999999-01-01"))))
                .isEqualTo("birthDate:in_future");
        assertThat(fieldError(api.post("/patients", secretary, with(patient(), "birthDate", "-999999999-01-01"))))
                .isEqualTo("birthDate:too_old");
        assertThat(fieldError(api.get("/patients?birthDate=%2B999999999-01-01", secretary)))
                .isEqualTo("birthDate:out_of_range");
        assertThat(fieldError(api.get("/patients?birthDate=-999999999-01-01", secretary)))
                .isEqualTo("birthDate:out_of_range");
        assertThat(fieldError(api.get("/appointments?from=%2B999999999-01-01T00:00:00Z", secretary)))
                .isEqualTo("from:out_of_range");
        assertThat(fieldError(api.get("/appointments?to=-999999999-01-01T00:00:00Z", secretary)))
                .isEqualTo("to:out_of_range");
    }

    @Test
    void appointmentsInThePastOrBeyondTheWindow_shouldBeRefusedWith422() {
        assertThat(fieldError(api.post("/appointments", secretary, AppointmentsE2ETest.booking(patientId, martinId,
                "0001-01-01T09:00:00Z", "0001-01-01T09:20:00Z")))).isEqualTo("start:in_past");
        assertThat(fieldError(api.post("/appointments", secretary, AppointmentsE2ETest.booking(patientId, martinId,
                "2020-01-06T09:00:00+01:00", "2020-01-06T09:20:00+01:00")))).isEqualTo("start:in_past");
        assertThat(fieldError(api.post("/appointments", secretary, AppointmentsE2ETest.booking(patientId, martinId,
                "+999999999-01-07T09:00:00+01:00", "+999999999-01-07T09:20:00+01:00")))).isEqualTo("start:too_far");
        Api.Answer tooFar = api.post("/appointments", secretary, AppointmentsE2ETest.booking(patientId, martinId,
                "2099-01-05T09:00:00+01:00", "2099-01-05T09:20:00+01:00"));
        assertThat(fieldError(tooFar)).isEqualTo("start:too_far");
        // A reschedule is held to the same window.
        String id = api.post("/appointments", secretary, AppointmentsE2ETest.booking(patientId, martinId,
                "2031-03-04T09:00:00+01:00", "2031-03-04T09:20:00+01:00")).json().get("id").asText();
        Map<String, Object> back = AppointmentsE2ETest.booking(patientId, martinId, "2020-01-07T09:00:00+01:00",
                "2020-01-07T09:20:00+01:00");
        back.put("version", 0);
        assertThat(fieldError(api.put("/appointments/" + id, secretary, back))).isEqualTo("start:in_past");
    }

    @Test
    void pagesBeyondAnyOffset_shouldBeRefusedWith422() {
        assertThat(fieldError(api.get("/users?page=2147483647", admin))).isEqualTo("page:out_of_range");
        assertThat(fieldError(api.get("/appointments?page=2147483647&size=100", secretary))).isEqualTo("page:out_of_range");
        assertThat(fieldError(api.get("/patients?page=2147483647", secretary))).isEqualTo("page:out_of_range");
        assertThat(api.get("/users?page=4999&size=20", admin).status()).as("the deepest page").isEqualTo(200);
    }

    @Test
    void everyUpdate_shouldRequireTheVersionRead() {
        String appointment = api.post("/appointments", secretary, AppointmentsE2ETest.booking(patientId, martinId,
                "2031-03-05T09:00:00+01:00", "2031-03-05T09:20:00+01:00")).json().get("id").asText();
        assertThat(fieldError(api.put("/appointments/" + appointment, secretary, AppointmentsE2ETest.booking(patientId,
                martinId, "2031-03-05T10:00:00+01:00", "2031-03-05T10:20:00+01:00")))).isEqualTo("version:required");
        assertThat(fieldError(api.post("/appointments/" + appointment + "/status", secretary,
                Map.of("status", "CHECKED_IN")))).isEqualTo("version:required");
        assertThat(fieldError(api.put("/patients/" + patientId, secretary, patient()))).isEqualTo("version:required");
        Map<String, Object> hours = Map.of("periods", List.of(Map.of("day", "MONDAY", "start", "08:00", "end", "18:00")));
        assertThat(fieldError(api.put("/doctors/" + martinId + "/working-hours", admin, hours)))
                .isEqualTo("version:required");
        String user = newUser();
        assertThat(fieldError(api.put("/users/" + user, admin, Map.of("displayName", "Renamed", "role", "SECRETARY"))))
                .isEqualTo("version:required");
    }

    @Test
    void everyUpdate_shouldRefuseAStaleVersionWith409() {
        // Appointment status: checked in by one secretary, cancelled by another who read it before.
        String appointment = api.post("/appointments", secretary, AppointmentsE2ETest.booking(patientId, martinId,
                "2031-03-06T09:00:00+01:00", "2031-03-06T09:20:00+01:00")).json().get("id").asText();
        assertThat(api.post("/appointments/" + appointment + "/status", secretary,
                Map.of("status", "CHECKED_IN", "version", 0)).status()).isEqualTo(200);
        Api.Answer cancel = api.post("/appointments/" + appointment + "/status", secretary,
                Map.of("status", "CANCELLED", "reason", "Malade", "version", 0));
        assertThat(cancel.status()).as(cancel.toString()).isEqualTo(409);
        assertThat(cancel.json().get("currentVersion").asLong()).isEqualTo(1);

        // Working hours: two administrators edit the same doctor's week.
        String doctorId = newDoctor();
        long read = api.get("/doctors/" + doctorId + "/working-hours", admin).json().get("version").asLong();
        Map<String, Object> monday = Map.of("periods", List.of(Map.of("day", "MONDAY", "start", "08:00", "end", "12:00")),
                "version", read);
        Api.Answer first = api.put("/doctors/" + doctorId + "/working-hours", admin, monday);
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().get("version").asLong()).isEqualTo(read + 1);
        Api.Answer second = api.put("/doctors/" + doctorId + "/working-hours", admin, monday);
        assertThat(second.status()).as(second.toString()).isEqualTo(409);
        assertThat(second.json().get("currentVersion").asLong()).isEqualTo(read + 1);
        assertThat(api.get("/doctors/working-hours", admin).json().findValues("hours").stream()
                .filter(h -> h.get("periods").size() == 1 && h.get("version").asLong() == read + 1)).isNotEmpty();

        // An account: two administrators rename it.
        String user = newUser();
        long version = api.get("/users/" + user, admin).json().get("version").asLong();
        Api.Answer renamed = api.put("/users/" + user, admin, Map.of("displayName", "Renamed once", "role",
                "SECRETARY", "version", version));
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(renamed.json().get("version").asLong()).isEqualTo(version + 1);
        Api.Answer stale = api.put("/users/" + user, admin, Map.of("displayName", "Renamed twice", "role",
                "DOCTOR", "version", version));
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(version + 1);
        assertThat(api.get("/users/" + user, admin).json().get("displayName").asText()).isEqualTo("Renamed once");
    }

    private static String newUser() {
        return newAccount("SECRETARY");
    }

    private static String newDoctor() {
        return newAccount("DOCTOR");
    }

    private static String newAccount(String role) {
        Api.Answer created = api.post("/users", admin, Map.of("username", "hostile." + UUID.randomUUID().toString()
                .substring(0, 8), "displayName", "Hostile Target", "role", role, "temporaryPassword", "Temporary-pass-1"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    @Test
    void aKeyGivenTwice_shouldBeRefusedWith400NamingIt() {
        String body = "{\"lastName\":\"Hostile\",\"firstName\":\"Ève\",\"birthDate\":\"1980-01-01\","
                + "\"lastName\":\"Other\",\"sex\":\"FEMALE\"}";
        Api.Answer answer = api.raw("POST", "/patients", secretary, "application/json", body.getBytes(StandardCharsets.UTF_8));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("detail").asText()).contains("'lastName'");
        Api.Answer login = api.raw("POST", "/auth/login", null, "application/json",
                "{\"username\":\"admin\",\"password\":\"x\",\"password\":\"Hygie-demo-1\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(login.status()).as(login.toString()).isEqualTo(400);
    }

    @Test
    void badBodies_shouldGet4xxProblemsThatNameNoJavaClass() {
        List<String> bodies = List.of("{\"lastName\":", "[1,2]", "\"text\"", "42", "{\"sex\":\"ROBOT\"}",
                "{\"birthDate\":{\"year\":1980}}", "{\"lastName\":[\"a\"]}", "{\"version\":99999999999999999999999}",
                "{\"version\":1e400}", "{\"birthDate\":\"31/02/1980\"}", "{\"lastName\":\"x\"} trailing",
                "[".repeat(5000), "{\"lastName\":\"" + "\\u00e9".repeat(10) + "\",\"sex\":null}", "\u00ff\u00fe");
        for (String body : bodies) {
            Api.Answer answer = api.raw("POST", "/patients", secretary, "application/json",
                    body.getBytes(StandardCharsets.ISO_8859_1));
            assertThat(answer.status()).as(body + " -> " + answer).isBetween(400, 499);
            assertThat(answer.contentType()).as(body).startsWith("application/problem+json");
            assertThat(answer.response().body()).as(body).doesNotContainPattern(JAVA_NAME);
        }
        Map<String, String> appointmentBodies = Map.of(
                "/appointments/" + UUID.randomUUID() + "/status", "{\"status\":\"checked_in\"}",
                "/doctors/" + UUID.randomUUID() + "/working-hours", "{\"periods\":[{\"day\":\"FUNDAY\"}]}",
                "/appointments", "{\"start\":\"tomorrow\"}");
        appointmentBodies.forEach((path, body) -> {
            Api.Answer answer = api.raw(path.endsWith("hours") ? "PUT" : "POST", path, path.endsWith("hours") ? admin
                    : secretary, "application/json", body.getBytes(StandardCharsets.UTF_8));
            assertThat(answer.status()).as(path + " " + answer).isBetween(400, 499);
            assertThat(answer.response().body()).as(body).doesNotContainPattern(JAVA_NAME);
        });
        for (String path : List.of("/patients/not-a-uuid", "/patients?page=abc", "/patients?size=1.5",
                "/patients/by-ids?id=zz", "/appointments?doctorId=%00", "/appointments?from=yesterday")) {
            Api.Answer answer = api.get(path, secretary);
            assertThat(answer.status()).as(path + " " + answer).isBetween(400, 499);
            assertThat(answer.response().body()).as(path).doesNotContainPattern(JAVA_NAME);
        }
    }

    @Test
    void everyAnswer_shouldCarryItsRequestIdInTheHeaderTheProblemAndTheLog() throws Exception {
        Api.Answer refused = api.get("/patients?page=-1", secretary);
        String id = refused.header("X-Request-Id");
        assertThat(id).matches("[0-9a-f-]{36}");
        assertThat(refused.json().get("requestId").asText()).isEqualTo(id);
        assertThat(api.get("/patients?page=-1", secretary).header("X-Request-Id")).as("one id per request").isNotEqualTo(id);

        // A request that logs: its lines carry its id.
        String user = newUser();
        Api.Answer unlocked = api.post("/users/" + user + "/unlock", admin, "");
        assertThat(unlocked.status()).isEqualTo(200);
        String unlockId = unlocked.header("X-Request-Id");
        List<String> lines = Files.readAllLines(SharedServer.get().server.log);
        assertThat(lines).filteredOn(line -> line.contains("unlocked by an administrator"))
                .anySatisfy(line -> assertThat(line).contains("request=" + unlockId));
    }
}
