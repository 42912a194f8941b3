package org.hygie.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every endpoint against every role, and without a token, on the real server: the capability table
 * of the architecture map, enforced by the server whatever the client hides. A role that may call
 * an endpoint gets neither 401 nor 403; one that may not gets 403; no token gets 401.
 */
class PermissionMatrixE2ETest {
    private static final String DOCTOR = "dr.martin";
    private static final String BIOLOGIST = "bio.durand";
    private static final String SECRETARY = "sec.petit";
    private static final String ADMIN = "admin";
    private static final List<String> ROLES = List.of(DOCTOR, BIOLOGIST, SECRETARY, ADMIN);

    private static Api api;
    private static String patientId;
    private static String userId;
    private static String doctorId;
    private static String otherDoctorId;
    private static String appointmentId;
    private static String allergyId;
    private static String prescriptionId;
    private static String labOrderId;
    private static String paracetamol;

    @BeforeAll
    static void start() throws Exception {
        api = SharedServer.get().api;
        Api.Answer patient = api.post("/patients", api.token(SECRETARY), patient("Matrice"));
        assertThat(patient.status()).as(patient.toString()).isEqualTo(201);
        patientId = patient.json().get("patient").get("id").asText();
        Api.Answer user = api.post("/users", api.token(ADMIN), Map.of("username", "matrix." + suffix(),
                "displayName", "Matrix Target", "role", "SECRETARY", "temporaryPassword", "Temporary-pass-1"));
        assertThat(user.status()).as(user.toString()).isEqualTo(201);
        userId = user.json().get("id").asText();
        AppointmentsE2ETest.awaitArea(api);
        doctorId = AppointmentsE2ETest.doctors(api, api.token(SECRETARY)).get(DOCTOR);
        otherDoctorId = AppointmentsE2ETest.doctors(api, api.token(SECRETARY)).get("dr.bernard");
        Api.Answer appointment = api.post("/appointments", api.token(SECRETARY), AppointmentsE2ETest.booking(patientId,
                doctorId, "2031-02-04T10:00:00+01:00", "2031-02-04T10:30:00+01:00"));
        assertThat(appointment.status()).as(appointment.toString()).isEqualTo(201);
        appointmentId = appointment.json().get("id").asText();
        Api.Answer allergy = api.post("/patients/" + patientId + "/allergies", api.token(DOCTOR),
                Map.of("substance", "Latex", "severity", "MILD"));
        assertThat(allergy.status()).as(allergy.toString()).isEqualTo(200);
        allergyId = allergy.json().get("id").asText();
        PrescriptionsE2ETest.awaitArea(api);
        paracetamol = PrescriptionsE2ETest.cis(api, "paracetamol", false);
        Api.Answer prescription = api.post("/prescriptions", api.token(DOCTOR), PrescriptionsE2ETest.prescription(
                patientId, List.of(PrescriptionsE2ETest.item(paracetamol, 1, "g", "3 fois par jour", 5)), List.of()));
        assertThat(prescription.status()).as(prescription.toString()).isEqualTo(201);
        prescriptionId = prescription.json().get("id").asText();
        Api.Answer order = api.post("/lab-orders", api.token(DOCTOR), labOrder());
        assertThat(order.status()).as(order.toString()).isEqualTo(201);
        labOrderId = order.json().get("id").asText();
    }

    private static Map<String, Object> labOrder() {
        return Map.of("patientId", patientId, "tests", List.of(PrescriptionsE2ETest.loinc(api, "potassium")),
                "priority", "ROUTINE");
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** @return the body with the version of what {@code path} answers now, as read by an allowed user */
    private static Map<String, Object> withVersion(Map<String, ?> body, String path, String reader) {
        Map<String, Object> versioned = new java.util.HashMap<>(body);
        versioned.put("version", api.get(path, api.token(reader)).json().get("version").asLong());
        return versioned;
    }

    private static Map<String, Object> weekdayHours() {
        return Map.of("periods", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY").stream()
                .map(d -> Map.of("day", d, "start", "08:00", "end", "18:00")).toList());
    }

    private static Map<String, Object> patient(String lastName) {
        return Map.of("lastName", lastName, "firstName", "Élodie", "birthDate", "1984-03-12", "sex", "FEMALE");
    }

    /** One endpoint: how to call it, and which demo users may. */
    private record Endpoint(String name, Set<String> allowed, Call call) {
    }

    @FunctionalInterface
    private interface Call {
        Api.Answer send(String token);
    }

    private static List<Endpoint> endpoints() {
        List<Endpoint> list = new ArrayList<>();
        list.add(new Endpoint("GET /patients", Set.of(DOCTOR, BIOLOGIST, SECRETARY),
                t -> api.get("/patients?q=matrice", t)));
        list.add(new Endpoint("POST /patients", Set.of(DOCTOR, SECRETARY),
                t -> api.post("/patients", t, patient("Matrice" + suffix().replaceAll("[0-9]", "")))));
        list.add(new Endpoint("POST /patients/duplicates", Set.of(DOCTOR, SECRETARY),
                t -> api.post("/patients/duplicates", t, patient("Matrice"))));
        list.add(new Endpoint("GET /patients/{id}", Set.of(DOCTOR, BIOLOGIST, SECRETARY),
                t -> api.get("/patients/" + patientId, t)));
        list.add(new Endpoint("GET /patients/by-ids", Set.of(DOCTOR, BIOLOGIST, SECRETARY),
                t -> api.get("/patients/by-ids?id=" + patientId + "&id=" + UUID.randomUUID(), t)));
        list.add(new Endpoint("PUT /patients/{id}", Set.of(DOCTOR, SECRETARY), t -> {
            Api.Answer current = api.get("/patients/" + patientId, api.token(SECRETARY));
            Map<String, Object> body = new java.util.HashMap<>(patient("Matrice"));
            body.put("version", current.json().get("version").asLong());
            return api.put("/patients/" + patientId, t, body);
        }));
        list.add(new Endpoint("GET /patients/{id}/allergies", Set.of(DOCTOR, BIOLOGIST),
                t -> api.get("/patients/" + patientId + "/allergies", t)));
        list.add(new Endpoint("GET /patients/{id}/allergies/{allergyId}/revisions", Set.of(DOCTOR, BIOLOGIST),
                t -> api.get("/patients/" + patientId + "/allergies/" + allergyId + "/revisions", t)));
        list.add(new Endpoint("POST /patients/{id}/allergies", Set.of(DOCTOR),
                t -> api.post("/patients/" + patientId + "/allergies", t,
                        Map.of("substance", "Pénicilline", "reaction", "Urticaire", "severity", "MODERATE"))));
        // A stale version (409) for whoever gets through: the allergy stays as it is for the others.
        list.add(new Endpoint("PUT /patients/{id}/allergies/{allergyId}", Set.of(DOCTOR),
                t -> api.put("/patients/" + patientId + "/allergies/" + allergyId, t,
                        Map.of("substance", "Latex", "severity", "MILD", "version", 99))));
        list.add(new Endpoint("POST /patients/{id}/allergies/{allergyId}/entered-in-error", Set.of(DOCTOR),
                t -> api.post("/patients/" + patientId + "/allergies/" + allergyId + "/entered-in-error", t,
                        Map.of("version", 99))));
        // An allergy stands: whoever gets through is answered 409.
        list.add(new Endpoint("POST /patients/{id}/allergies/none-known", Set.of(DOCTOR),
                t -> api.post("/patients/" + patientId + "/allergies/none-known", t, "")));
        list.add(new Endpoint("GET /doctors", Set.of(DOCTOR, SECRETARY), t -> api.get("/doctors", t)));
        list.add(new Endpoint("GET /doctors/working-hours", Set.of(DOCTOR, SECRETARY, ADMIN),
                t -> api.get("/doctors/working-hours", t)));
        list.add(new Endpoint("GET /doctors/{id}/working-hours", Set.of(DOCTOR, SECRETARY, ADMIN),
                t -> api.get("/doctors/" + doctorId + "/working-hours", t)));
        // The doctor of the matrix edits his own hours; the body keeps the default ones.
        list.add(new Endpoint("PUT /doctors/{id}/working-hours", Set.of(DOCTOR, ADMIN),
                t -> api.put("/doctors/" + doctorId + "/working-hours", t,
                        withVersion(weekdayHours(), "/doctors/" + doctorId + "/working-hours", ADMIN))));
        list.add(new Endpoint("GET /appointments", Set.of(DOCTOR, SECRETARY), t -> api.get("/appointments", t)));
        // The first allowed call books (201), the next ones collide (409): both prove they got through.
        list.add(new Endpoint("POST /appointments", Set.of(DOCTOR, SECRETARY), t -> api.post("/appointments", t,
                AppointmentsE2ETest.booking(patientId, doctorId, "2031-02-05T10:00:00+01:00",
                        "2031-02-05T10:30:00+01:00"))));
        list.add(new Endpoint("GET /appointments/free-slot", Set.of(DOCTOR, SECRETARY), t -> api.get(
                "/appointments/free-slot?length=30&from=2031-02-04T07:00:00%2B01:00&doctorId=" + doctorId, t)));
        list.add(new Endpoint("GET /appointments/free-slot of another doctor", Set.of(SECRETARY), t -> api.get(
                "/appointments/free-slot?length=30&doctorId=" + otherDoctorId, t)));
        list.add(new Endpoint("GET /appointments/{id}", Set.of(DOCTOR, SECRETARY),
                t -> api.get("/appointments/" + appointmentId, t)));
        list.add(new Endpoint("PUT /appointments/{id}", Set.of(DOCTOR, SECRETARY),
                t -> api.put("/appointments/" + appointmentId, t, withVersion(AppointmentsE2ETest.booking(patientId,
                        doctorId, "2031-02-04T10:00:00+01:00", "2031-02-04T10:30:00+01:00"),
                        "/appointments/" + appointmentId, SECRETARY))));
        // Another doctor's agenda: the doctor of the matrix may not, whoever else may gets through.
        list.add(new Endpoint("GET /appointments?doctorId={another}", Set.of(SECRETARY),
                t -> api.get("/appointments?doctorId=" + otherDoctorId, t)));
        list.add(new Endpoint("POST /appointments for another doctor", Set.of(SECRETARY),
                t -> api.post("/appointments", t, AppointmentsE2ETest.booking(patientId, otherDoctorId,
                        "2031-02-06T10:00:00+01:00", "2031-02-06T10:30:00+01:00"))));
        // Another doctor's hours: the administrator may, the doctor of the matrix may not.
        list.add(new Endpoint("PUT /doctors/{another}/working-hours", Set.of(ADMIN),
                t -> api.put("/doctors/" + otherDoctorId + "/working-hours", t,
                        withVersion(weekdayHours(), "/doctors/" + otherDoctorId + "/working-hours", ADMIN))));
        // A no-show before the start: whoever may call it gets 409.
        list.add(new Endpoint("POST /appointments/{id}/status", Set.of(DOCTOR, SECRETARY),
                t -> api.post("/appointments/" + appointmentId + "/status", t,
                        withVersion(Map.of("status", "NO_SHOW"), "/appointments/" + appointmentId, SECRETARY))));
        list.add(new Endpoint("GET /users", Set.of(ADMIN), t -> api.get("/users", t)));
        list.add(new Endpoint("POST /users", Set.of(ADMIN), t -> api.post("/users", t, Map.of("username",
                "matrix." + suffix(), "displayName", "Matrix", "role", "DOCTOR", "temporaryPassword", "Temporary-pass-1"))));
        list.add(new Endpoint("GET /users/{id}", Set.of(ADMIN), t -> api.get("/users/" + userId, t)));
        list.add(new Endpoint("PUT /users/{id}", Set.of(ADMIN),
                t -> api.put("/users/" + userId, t, withVersion(Map.of("displayName", "Matrix Target", "role",
                        "SECRETARY"), "/users/" + userId, ADMIN))));
        list.add(new Endpoint("POST /users/{id}/unlock", Set.of(ADMIN), t -> api.post("/users/" + userId + "/unlock", t, "")));
        list.add(new Endpoint("POST /users/{id}/password-reset", Set.of(ADMIN),
                t -> api.post("/users/" + userId + "/password-reset", t, Map.of("temporaryPassword", "Temporary-pass-2"))));
        list.add(new Endpoint("POST /users/{id}/deactivate", Set.of(ADMIN),
                t -> api.post("/users/" + userId + "/deactivate", t, "")));
        Set<String> doctorOnly = Set.of(DOCTOR);
        Set<String> clinicians = Set.of(DOCTOR, BIOLOGIST);
        list.add(new Endpoint("POST /prescriptions", doctorOnly, t -> api.post("/prescriptions", t,
                PrescriptionsE2ETest.prescription(patientId, List.of(PrescriptionsE2ETest.item(paracetamol, 1, "g",
                        "3 fois par jour", 5)), List.of()))));
        list.add(new Endpoint("GET /prescriptions/{id}", doctorOnly, t -> api.get("/prescriptions/" + prescriptionId, t)));
        list.add(new Endpoint("GET /prescriptions/{id}/pdf", doctorOnly,
                t -> api.get("/prescriptions/" + prescriptionId + "/pdf", t, PrescriptionsE2ETest.PDF)));
        // A stale version: whoever gets through is answered 409, and the prescription stays active.
        list.add(new Endpoint("POST /prescriptions/{id}/stop", doctorOnly, t -> api.post("/prescriptions/"
                + prescriptionId + "/stop", t, Map.of("reason", "Matrice", "version", 99))));
        list.add(new Endpoint("POST /prescriptions/{id}/renew", doctorOnly,
                t -> api.post("/prescriptions/" + prescriptionId + "/renew", t, "")));
        list.add(new Endpoint("GET /patients/{id}/prescriptions", doctorOnly,
                t -> api.get("/patients/" + patientId + "/prescriptions", t)));
        list.add(new Endpoint("GET /patients/{id}/prescriptions/active", clinicians,
                t -> api.get("/patients/" + patientId + "/prescriptions/active", t)));
        list.add(new Endpoint("POST /lab-orders", doctorOnly, t -> api.post("/lab-orders", t, labOrder())));
        list.add(new Endpoint("GET /lab-orders", clinicians, t -> api.get("/lab-orders", t)));
        list.add(new Endpoint("GET /lab-orders/{id}", clinicians, t -> api.get("/lab-orders/" + labOrderId, t)));
        list.add(new Endpoint("GET /lab-orders/{id}/pdf", clinicians,
                t -> api.get("/lab-orders/" + labOrderId + "/pdf", t, PrescriptionsE2ETest.PDF)));
        list.add(new Endpoint("POST /lab-orders/{id}/cancel", doctorOnly, t -> api.post("/lab-orders/" + labOrderId
                + "/cancel", t, Map.of("reason", "Matrice", "version", 99))));
        list.add(new Endpoint("GET /patients/{id}/lab-orders", clinicians,
                t -> api.get("/patients/" + patientId + "/lab-orders", t)));
        list.add(new Endpoint("GET /users/{id}/prescriber", Set.of(ADMIN), t -> api.get("/users/" + doctorId
                + "/prescriber", t)));
        list.add(new Endpoint("PUT /users/{id}/prescriber", Set.of(ADMIN), t -> api.put("/users/" + doctorId
                + "/prescriber", t, Map.of("rpps", "10001234565", "specialty", "Médecine générale", "phone",
                        "01 45 67 89 10", "version", 9999))));
        list.add(new Endpoint("GET /auth/me", Set.copyOf(ROLES), t -> api.get("/auth/me", t)));
        // A wrong current password: whoever may call it gets 422, which proves they got through.
        list.add(new Endpoint("POST /auth/password", Set.copyOf(ROLES), t -> api.post("/auth/password", t,
                Map.of("currentPassword", "not-my-password", "newPassword", "Another-pass-123"))));
        return list;
    }

    @TestFactory
    Stream<DynamicTest> everyEndpoint_shouldAnswerEachRoleAsTheCapabilityTableSays() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            for (String user : ROLES) {
                tests.add(DynamicTest.dynamicTest(endpoint.name() + " as " + user, () -> {
                    Api.Answer answer = endpoint.call().send(api.token(user));
                    if (endpoint.allowed().contains(user)) {
                        assertThat(answer.status()).as(answer.toString()).isNotIn(401, 403).isLessThan(500);
                    } else {
                        assertThat(answer.status()).as(answer.toString()).isEqualTo(403);
                        assertThat(answer.contentType()).startsWith("application/problem+json");
                    }
                }));
            }
            tests.add(DynamicTest.dynamicTest(endpoint.name() + " without a token", () -> {
                Api.Answer answer = endpoint.call().send(null);
                assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
                assertThat(answer.contentType()).startsWith("application/problem+json");
            }));
            tests.add(DynamicTest.dynamicTest(endpoint.name() + " with an unknown token", () -> {
                assertThat(endpoint.call().send("not-a-token").status()).isEqualTo(401);
            }));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> logout_shouldBeOpenToEveryRole() {
        return ROLES.stream().map(user -> DynamicTest.dynamicTest("POST /auth/logout as " + user, () -> {
            String token = new Api(SharedServer.get().server::uri).token(user);
            assertThat(api.post("/auth/logout", token, "").status()).isEqualTo(204);
            assertThat(api.get("/auth/me", token).status()).as("a revoked token").isEqualTo(401);
        }));
    }
}
