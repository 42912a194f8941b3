package org.hygie.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The appointments area over HTTP on the real PostgreSQL: booking, no double booking (also under
 * 50 concurrent requests), the status workflow, working hours, and whose agenda each role may touch.
 * Each test books on its own day (winter 2031, Paris is UTC+1), so tests never collide.
 */
class AppointmentsE2ETest {
    private static Api api;
    private static String secretary;
    private static String martinId;
    private static String bernardId;
    private static String lefevreId;

    @BeforeAll
    static void start() throws Exception {
        api = SharedServer.get().api;
        secretary = api.token("sec.petit");
        awaitArea(api);
        Map<String, String> doctors = doctors(api, secretary);
        martinId = doctors.get("dr.martin");
        bernardId = doctors.get("dr.bernard");
        lefevreId = doctors.get("dr.lefevre");
    }

    /** The area's components start once its migrations ran: wait for its endpoints. */
    static void awaitArea(Api api) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (api.get("/doctors", api.token("sec.petit")).status() == 404 && Instant.now().isBefore(deadline)) {
            Thread.sleep(200); // poll: the area's endpoints, until the deadline above
        }
    }

    /** @return the bookable doctors' ids by username */
    static Map<String, String> doctors(Api api, String token) {
        Api.Answer answer = api.get("/doctors", token);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        Map<String, String> ids = new HashMap<>();
        answer.json().forEach(d -> ids.put(d.get("username").asText(), d.get("id").asText()));
        return ids;
    }

    static String newPatient(Api api) {
        StringBuilder letters = new StringBuilder("Agenda");
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 6).toCharArray()) {
            letters.append((char) ('a' + Character.digit(c, 16)));
        }
        Api.Answer answer = api.post("/patients", api.token("sec.petit"), Map.of("lastName", letters.toString(),
                "firstName", "Rémi", "birthDate", "1970-05-04", "sex", "MALE"));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json().get("patient").get("id").asText();
    }

    static Map<String, Object> booking(String patientId, String doctorId, String start, String end) {
        Map<String, Object> body = new HashMap<>();
        body.put("patientId", patientId);
        body.put("doctorId", doctorId);
        body.put("start", start);
        body.put("end", end);
        body.put("reason", "Consultation");
        return body;
    }

    private static Api.Answer book(String patientId, String doctorId, String start, String end) {
        return api.post("/appointments", secretary, booking(patientId, doctorId, start, end));
    }

    private static String booked(String patientId, String doctorId, String start, String end) {
        Api.Answer answer = book(patientId, doctorId, start, end);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json().get("id").asText();
    }

    /** Moves the appointment as the desktop does: with the version it read. */
    private static Api.Answer status(String id, String status, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", status);
        body.put("reason", reason);
        body.put("version", versionOf(id));
        return api.post("/appointments/" + id + "/status", secretary, body);
    }

    /** Reschedules as the desktop does: with the version it read. */
    private static Api.Answer reschedule(String id, Map<String, Object> body) {
        body.put("version", versionOf(id));
        return api.put("/appointments/" + id, secretary, body);
    }

    /** @return the hours with the version the doctor's hours have now, as a client sends them back */
    static Map<String, Object> hoursNow(String doctor, Map<String, ?> hours) {
        Map<String, Object> body = new HashMap<>(hours);
        body.put("version", api.get("/doctors/" + doctor + "/working-hours", secretary).json().get("version").asLong());
        return body;
    }

    static long versionOf(String id) {
        return api.get("/appointments/" + id, secretary).json().get("version").asLong();
    }

    @Test
    void create_shouldBookAndShowTheTimesInTheHospitalZone() {
        String patient = newPatient(api);
        Api.Answer answer = book(patient, martinId, "2031-01-06T08:00:00Z", "2031-01-06T08:30:00Z");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        String id = answer.json().get("id").asText();
        assertThat(answer.header("Location")).endsWith("/api/appointments/" + id);
        JsonNode read = api.get("/appointments/" + id, secretary).json();
        assertThat(read.get("start").asText()).isEqualTo("2031-01-06T09:00:00+01:00");
        assertThat(read.get("status").asText()).isEqualTo("SCHEDULED");
        assertThat(read.get("timeZone").asText()).isEqualTo("Europe/Paris");
        JsonNode page = api.get("/appointments?patientId=" + patient, secretary).json();
        assertThat(page.get("total").asLong()).isEqualTo(1);
        assertThat(page.get("items").get(0).get("id").asText()).isEqualTo(id);
    }

    @Test
    void create_shouldAnswer409NamingTheOverlappingAppointment() {
        String first = newPatient(api);
        String second = newPatient(api);
        String booked = booked(first, martinId, "2031-01-07T09:00:00+01:00", "2031-01-07T09:30:00+01:00");

        Api.Answer doctorBusy = book(second, martinId, "2031-01-07T09:15:00+01:00", "2031-01-07T09:45:00+01:00");
        assertThat(doctorBusy.status()).as(doctorBusy.toString()).isEqualTo(409);
        assertThat(doctorBusy.json().get("conflictingAppointmentId").asText()).isEqualTo(booked);
        assertThat(doctorBusy.json().get("conflictOn").asText()).isEqualTo("doctor");

        Api.Answer patientBusy = book(first, bernardId, "2031-01-07T08:10:00Z", "2031-01-07T08:40:00Z");
        assertThat(patientBusy.status()).as(patientBusy.toString()).isEqualTo(409);
        assertThat(patientBusy.json().get("conflictingAppointmentId").asText()).isEqualTo(booked);
        assertThat(patientBusy.json().get("conflictOn").asText()).isEqualTo("patient");

        // Back to back is no overlap: the ranges are half-open.
        booked(second, martinId, "2031-01-07T09:30:00+01:00", "2031-01-07T10:00:00+01:00");
    }

    @Test
    void cancel_shouldRequireAReasonAndFreeTheSlot() {
        String first = newPatient(api);
        String second = newPatient(api);
        String id = booked(first, bernardId, "2031-01-08T10:00:00+01:00", "2031-01-08T10:20:00+01:00");
        assertThat(book(second, bernardId, "2031-01-08T10:00:00+01:00", "2031-01-08T10:20:00+01:00").status())
                .isEqualTo(409);
        assertThat(status(id, "CANCELLED", null).status()).isEqualTo(422);
        Api.Answer cancelled = status(id, "CANCELLED", "Le patient est hospitalisé");
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.json().get("statusReason").asText()).isEqualTo("Le patient est hospitalisé");
        booked(second, bernardId, "2031-01-08T10:00:00+01:00", "2031-01-08T10:20:00+01:00");
        assertThat(status(id, "CHECKED_IN", null).status()).as("cancelled is final").isEqualTo(409);
    }

    @Test
    void status_shouldFollowTheWorkflow() {
        String patient = newPatient(api);
        String id = booked(patient, lefevreId, "2031-01-09T14:00:00+01:00", "2031-01-09T14:45:00+01:00");
        assertThat(status(id, "NO_SHOW", null).status()).as("no-show before the start").isEqualTo(409);
        assertThat(status(id, "COMPLETED", null).status()).as("completed before check-in").isEqualTo(409);
        assertThat(status(id, "CHECKED_IN", null).json().get("status").asText()).isEqualTo("CHECKED_IN");
        assertThat(status(id, "CHECKED_IN", null).status()).isEqualTo(409);
        assertThat(status(id, "CANCELLED", "trop tard").status()).isEqualTo(409);
        Api.Answer put = reschedule(id,
                booking(patient, lefevreId, "2031-01-09T15:00:00+01:00", "2031-01-09T15:30:00+01:00"));
        assertThat(put.status()).as("no reschedule once checked in").isEqualTo(409);
        assertThat(status(id, "COMPLETED", null).json().get("status").asText()).isEqualTo("COMPLETED");
        assertThat(status(id, "SCHEDULED", null).status()).isEqualTo(409);

        // An appointment whose start has passed (booked, then its day came) can be a no-show. The
        // server books nothing before today: the day is moved in the database.
        String past = booked(patient, lefevreId, "2031-01-09T16:00:00+01:00", "2031-01-09T16:15:00+01:00");
        movedToThePast(past);
        assertThat(status(past, "NO_SHOW", null).json().get("status").asText()).isEqualTo("NO_SHOW");
    }

    /** Moves an appointment to 2020, as the days going by would. */
    private static void movedToThePast(String id) {
        try (java.sql.Connection c = SharedServer.get().database.connect();
                java.sql.PreparedStatement moved = c.prepareStatement("UPDATE appointments_appointment SET "
                        + "start_at = start_at - interval '11 years', end_at = end_at - interval '11 years' WHERE id = ?")) {
            moved.setObject(1, UUID.fromString(id));
            assertThat(moved.executeUpdate()).isEqualTo(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void update_shouldRescheduleAndStillRefuseOverlaps() {
        String first = newPatient(api);
        String second = newPatient(api);
        String id = booked(first, lefevreId, "2031-01-10T09:00:00+01:00", "2031-01-10T09:30:00+01:00");
        String other = booked(second, lefevreId, "2031-01-10T11:00:00+01:00", "2031-01-10T11:30:00+01:00");
        Api.Answer moved = reschedule(id,
                booking(first, lefevreId, "2031-01-10T10:00:00+01:00", "2031-01-10T10:30:00+01:00"));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.json().get("start").asText()).isEqualTo("2031-01-10T10:00:00+01:00");
        Api.Answer clash = reschedule(id,
                booking(first, lefevreId, "2031-01-10T11:15:00+01:00", "2031-01-10T11:45:00+01:00"));
        assertThat(clash.status()).as(clash.toString()).isEqualTo(409);
        assertThat(clash.json().get("conflictingAppointmentId").asText()).isEqualTo(other);
        // The old slot is free again.
        booked(second, lefevreId, "2031-01-10T09:00:00+01:00", "2031-01-10T09:30:00+01:00");
    }

    @Test
    void update_withTheVersionRead_shouldRefuseToOverwriteAnotherReschedule() {
        String patient = newPatient(api);
        Api.Answer created = book(patient, lefevreId, "2031-01-13T09:00:00+01:00", "2031-01-13T09:30:00+01:00");
        String id = created.json().get("id").asText();
        long read = created.json().get("version").asLong();

        // Two secretaries read the same version; the first one moves it to 10:00.
        Map<String, Object> first = booking(patient, lefevreId, "2031-01-13T10:00:00+01:00", "2031-01-13T10:30:00+01:00");
        first.put("version", read);
        Api.Answer moved = api.put("/appointments/" + id, secretary, first);
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.json().get("version").asLong()).isGreaterThan(read);

        // The second one, still on the version she read, is told instead of moving it back.
        Map<String, Object> second = booking(patient, lefevreId, "2031-01-13T11:00:00+01:00", "2031-01-13T11:30:00+01:00");
        second.put("version", read);
        Api.Answer stale = api.put("/appointments/" + id, secretary, second);
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(moved.json().get("version").asLong());
        assertThat(api.get("/appointments/" + id, secretary).json().get("start").asText())
                .isEqualTo("2031-01-13T10:00:00+01:00");

        // Without a version, nothing is overwritten blindly: the version is required.
        Api.Answer blind = api.put("/appointments/" + id, secretary, booking(patient, lefevreId,
                "2031-01-13T11:00:00+01:00", "2031-01-13T11:30:00+01:00"));
        assertThat(code(blind)).isEqualTo("required");
        assertThat(blind.json().get("errors").get(0).get("field").asText()).isEqualTo("version");
    }

    @Test
    void create_shouldRefuseBadTimesAndUnknownPeopleWith422() {
        String patient = newPatient(api);
        assertThat(code(book(patient, martinId, "2031-01-15T10:00:00+01:00", "2031-01-15T10:04:00+01:00")))
                .isEqualTo("too_short");
        assertThat(code(book(patient, martinId, "2031-01-15T09:00:00+01:00", "2031-01-15T08:00:00+01:00")))
                .isEqualTo("end_before_start");
        assertThat(code(book(patient, martinId, "2031-01-15T08:00:00+01:00", "2031-01-15T16:30:00+01:00")))
                .isEqualTo("too_long");
        assertThat(code(book(patient, martinId, "2031-01-15T07:30:00+01:00", "2031-01-15T08:30:00+01:00")))
                .isEqualTo("outside_working_hours");
        assertThat(code(book(patient, martinId, "2031-01-11T10:00:00+01:00", "2031-01-11T10:30:00+01:00")))
                .as("a Saturday").isEqualTo("outside_working_hours");
        assertThat(code(book(UUID.randomUUID().toString(), martinId, "2031-01-15T10:00:00+01:00",
                "2031-01-15T10:30:00+01:00"))).isEqualTo("unknown_patient");
        assertThat(code(book(patient, UUID.randomUUID().toString(), "2031-01-15T10:00:00+01:00",
                "2031-01-15T10:30:00+01:00"))).isEqualTo("unknown_doctor");
        // A secretary is no doctor: not bookable.
        String secretaryId = api.get("/auth/me", secretary).json().get("id").asText();
        assertThat(code(book(patient, secretaryId, "2031-01-15T10:00:00+01:00", "2031-01-15T10:30:00+01:00")))
                .isEqualTo("unknown_doctor");
        // No offset: not an instant.
        assertThat(book(patient, martinId, "2031-01-15T10:00:00", "2031-01-15T10:30:00").status()).isIn(400, 422);
    }

    private static String code(Api.Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
        return answer.json().get("errors").get(0).get("code").asText();
    }

    /** A doctor of his own for a test, on the default hours (Monday to Friday, 08:00-18:00). */
    private static String newDoctor() {
        Api.Answer user = api.post("/users", api.token("admin"), Map.of("username", "dr.free" + UUID.randomUUID()
                .toString().substring(0, 6), "displayName", "Dr Free", "role", "DOCTOR", "temporaryPassword",
                "Temporary-pass-1"));
        assertThat(user.status()).as(user.toString()).isEqualTo(201);
        return user.json().get("id").asText();
    }

    private static Api.Answer freeSlot(String query, String token) {
        return api.get("/appointments/free-slot?" + query.replace("+", "%2B"), token);
    }

    @Test
    void freeSlot_shouldBeTheFirstTimeInTheHoursClearOfActiveAppointments() {
        String doctor = newDoctor();
        String patient = newPatient(api);
        // Monday 10 March 2031: 08:00-09:00 and 09:00-09:20 booked, 09:20-09:40 cancelled.
        booked(patient, doctor, "2031-03-10T08:00:00+01:00", "2031-03-10T09:00:00+01:00");
        booked(newPatient(api), doctor, "2031-03-10T09:00:00+01:00", "2031-03-10T09:20:00+01:00");
        String cancelled = booked(newPatient(api), doctor, "2031-03-10T09:20:00+01:00", "2031-03-10T09:40:00+01:00");
        assertThat(status(cancelled, "CANCELLED", "Empêchement").status()).isEqualTo(200);

        Api.Answer answer = freeSlot("doctorId=" + doctor + "&length=30&from=2031-03-10T07:00:00+01:00", secretary);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().get("start").asText()).isEqualTo("2031-03-10T09:20:00+01:00");
        assertThat(answer.json().get("end").asText()).isEqualTo("2031-03-10T09:50:00+01:00");
        assertThat(answer.json().get("doctorId").asText()).isEqualTo(doctor);
        assertThat(answer.json().get("timeZone").asText()).isEqualTo("Europe/Paris");
        // The slot found can be booked as it is.
        booked(newPatient(api), doctor, "2031-03-10T09:20:00+01:00", "2031-03-10T09:50:00+01:00");
        // From Friday evening: the next Monday morning.
        assertThat(freeSlot("doctorId=" + doctor + "&length=60&from=2031-03-14T17:30:00+01:00", secretary).json()
                .get("start").asText()).isEqualTo("2031-03-17T08:00:00+01:00");
    }

    @Test
    void freeSlot_ofADoctor_shouldDefaultToHisOwnAgendaAndRefuseAnothersWith403() {
        String martin = api.token("dr.martin");
        Api.Answer own = freeSlot("length=15&from=2032-03-01T07:00:00+01:00", martin);
        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        assertThat(own.json().get("doctorId").asText()).isEqualTo(martinId);
        assertThat(freeSlot("doctorId=" + bernardId + "&length=15", martin).status()).isEqualTo(403);
        assertThat(freeSlot("doctorId=" + martinId + "&length=15", api.token("bio.durand")).status()).isEqualTo(403);
        assertThat(freeSlot("doctorId=" + martinId + "&length=15", api.token("admin")).status()).isEqualTo(403);
        assertThat(freeSlot("doctorId=" + martinId + "&length=15", null).status()).isEqualTo(401);
    }

    @Test
    void freeSlot_shouldAnswerBadInputWith4xxAndNoRoomWith404() {
        assertThat(code(freeSlot("length=30", secretary))).as("a secretary names the doctor").isEqualTo("required");
        assertThat(code(freeSlot("doctorId=" + martinId, secretary))).isEqualTo("required");
        assertThat(code(freeSlot("doctorId=" + martinId + "&length=3", secretary))).isEqualTo("too_short");
        assertThat(code(freeSlot("doctorId=" + martinId + "&length=481", secretary))).isEqualTo("too_long");
        assertThat(code(freeSlot("doctorId=" + martinId + "&length=30&from=tomorrow", secretary))).isEqualTo("invalid");
        assertThat(code(freeSlot("doctorId=" + UUID.randomUUID() + "&length=30", secretary))).isEqualTo("unknown_doctor");
        Api.Answer notANumber = freeSlot("doctorId=" + martinId + "&length=half", secretary);
        assertThat(notANumber.status()).as(notANumber.toString()).isEqualTo(400);
        assertThat(notANumber.contentType()).startsWith("application/problem+json");
        // Nothing free in the window: the doctor's only period is shorter than the length asked.
        String doctor = newDoctor();
        Api.Answer put = api.put("/doctors/" + doctor + "/working-hours", api.token("admin"), hoursNow(doctor,
                Map.of("periods", List.of(Map.of("day", "SATURDAY", "start", "09:00", "end", "09:10")))));
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        Api.Answer none = freeSlot("doctorId=" + doctor + "&length=15", secretary);
        assertThat(none.status()).as(none.toString()).isEqualTo(404);
        assertThat(none.contentType()).startsWith("application/problem+json");
    }

    @Test
    void doctor_shouldWorkOnHisOwnAgendaOnly() {
        String martin = api.token("dr.martin");
        String patient = newPatient(api);
        String own = booked(patient, martinId, "2031-01-16T10:00:00+01:00", "2031-01-16T10:30:00+01:00");
        String others = booked(patient, bernardId, "2031-01-16T11:00:00+01:00", "2031-01-16T11:30:00+01:00");
        assertThat(api.get("/appointments/" + own, martin).status()).isEqualTo(200);
        assertThat(api.get("/appointments/" + others, martin).status()).isEqualTo(403);
        assertThat(api.post("/appointments/" + others + "/status", martin,
                Map.of("status", "CHECKED_IN", "version", versionOf(others))).status()).isEqualTo(403);
        assertThat(api.post("/appointments", martin,
                booking(patient, bernardId, "2031-01-16T14:00:00+01:00", "2031-01-16T14:30:00+01:00")).status())
                .isEqualTo(403);
        assertThat(api.get("/appointments?doctorId=" + bernardId, martin).status()).isEqualTo(403);
        JsonNode mine = api.get("/appointments?patientId=" + patient, martin).json();
        assertThat(mine.get("items").findValuesAsText("id")).containsExactly(own);
        Api.Answer booked = api.post("/appointments", martin,
                booking(patient, martinId, "2031-01-16T14:00:00+01:00", "2031-01-16T14:30:00+01:00"));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
    }

    @Test
    void workingHours_shouldBeEditableByAnAdminOrTheDoctorAndBindBookings() {
        String admin = api.token("admin");
        Api.Answer user = api.post("/users", admin, Map.of("username", "dr.hours" + UUID.randomUUID().toString()
                .substring(0, 6), "displayName", "Dr Hours", "role", "DOCTOR", "temporaryPassword", "Temporary-pass-1"));
        assertThat(user.status()).as(user.toString()).isEqualTo(201);
        String doctor = user.json().get("id").asText();
        assertThat(doctors(api, secretary)).containsValue(doctor);

        JsonNode defaults = api.get("/doctors/" + doctor + "/working-hours", secretary).json();
        assertThat(defaults.get("periods")).hasSize(5);
        assertThat(defaults.get("periods").get(0).get("day").asText()).isEqualTo("MONDAY");

        Map<String, Object> saturdayMorning = Map.of("periods",
                List.of(Map.of("day", "SATURDAY", "start", "09:00", "end", "12:00")));
        assertThat(api.put("/doctors/" + doctor + "/working-hours", secretary, saturdayMorning).status()).isEqualTo(403);
        assertThat(api.put("/doctors/" + doctor + "/working-hours", api.token("dr.martin"), hoursNow(doctor, saturdayMorning)).status())
                .isEqualTo(403);
        Api.Answer put = api.put("/doctors/" + doctor + "/working-hours", admin, hoursNow(doctor, saturdayMorning));
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        assertThat(api.get("/doctors/" + doctor + "/working-hours", secretary).json().get("periods")).hasSize(1);

        String patient = newPatient(api);
        booked(patient, doctor, "2031-01-18T11:00:00+01:00", "2031-01-18T12:00:00+01:00");
        assertThat(code(book(patient, doctor, "2031-01-20T10:00:00+01:00", "2031-01-20T10:30:00+01:00")))
                .as("a Monday, no longer worked").isEqualTo("outside_working_hours");

        Map<String, Object> overlapping = Map.of("periods", List.of(Map.of("day", "MONDAY", "start", "09:00",
                "end", "12:00"), Map.of("day", "MONDAY", "start", "11:00", "end", "13:00")));
        assertThat(code(api.put("/doctors/" + doctor + "/working-hours", admin, hoursNow(doctor, overlapping)))).isEqualTo("overlap");

        // The doctor edits his own: dr.lefevre keeps the default hours, rewritten as they were.
        Api.Answer own = api.put("/doctors/" + lefevreId + "/working-hours", api.token("dr.lefevre"), hoursNow(lefevreId,
                Map.of("periods", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY").stream()
                        .map(d -> Map.of("day", d, "start", "08:00", "end", "18:00")).toList())));
        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        assertThat(api.get("/doctors/" + lefevreId + "/working-hours", api.token("bio.durand")).status()).isEqualTo(403);
    }

    @Test
    void setWorkingHours_shouldRefuseTenThousandPeriodsAt422WithASmallAnswer() {
        // 10,000 overlapping periods (about 530 KB, under the body limit) once ran the server out of
        // heap: every pair was compared and every overlap kept. Now the count alone refuses them.
        String lefevre = api.token("dr.lefevre");
        List<Map<String, String>> periods = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            periods.add(Map.of("day", "MONDAY", "start", "08:00", "end", "18:00"));
        }
        Api.Answer answer = api.put("/doctors/" + lefevreId + "/working-hours", lefevre,
                hoursNow(lefevreId, Map.of("periods", periods)));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.response().body().length()).as("the answer's size").isLessThan(2_000);
        assertThat(answer.json().get("errors")).hasSize(1);
        assertThat(answer.json().get("errors").get(0).get("field").asText()).isEqualTo("periods");
        assertThat(answer.json().get("errors").get(0).get("code").asText()).isEqualTo("too_many");
        assertThat(answer.json().get("detail").asText()).contains("56");

        // Within the bound, 56 copies of one period: 55 overlaps, a few listed, the others counted.
        Api.Answer capped = api.put("/doctors/" + lefevreId + "/working-hours", lefevre,
                hoursNow(lefevreId, Map.of("periods", periods.subList(0, 56))));
        assertThat(capped.status()).as(capped.toString()).isEqualTo(422);
        assertThat(capped.json().get("errors")).hasSize(5);
        assertThat(capped.json().get("otherErrors").asInt()).isEqualTo(55 - 5);
        assertThat(api.get("/doctors/" + lefevreId + "/working-hours", lefevre).json().get("periods"))
                .as("nothing stored").hasSizeLessThan(56);
    }

    @Test
    void allWorkingHours_shouldAnswerEveryActiveDoctorWithHisHoursInOneCall() {
        String admin = api.token("admin");
        Map<String, Object> tuesdayOnly = Map.of("periods", List.of(Map.of("day", "TUESDAY", "start", "08:30",
                "end", "12:30")));
        Api.Answer user = api.post("/users", admin, Map.of("username", "dr.all" + UUID.randomUUID().toString()
                .substring(0, 6), "displayName", "Dr All Hours", "role", "DOCTOR", "temporaryPassword", "Temporary-pass-1"));
        assertThat(user.status()).as(user.toString()).isEqualTo(201);
        String doctor = user.json().get("id").asText();
        assertThat(api.put("/doctors/" + doctor + "/working-hours", admin, hoursNow(doctor, tuesdayOnly)).status()).isEqualTo(200);

        Api.Answer all = api.get("/doctors/working-hours", admin);
        assertThat(all.status()).as(all.toString()).isEqualTo(200);
        Map<String, JsonNode> byId = new HashMap<>();
        all.json().forEach(d -> byId.put(d.get("doctor").get("id").asText(), d.get("hours")));
        assertThat(byId.keySet()).as("the same doctors as GET /doctors")
                .containsExactlyInAnyOrderElementsOf(doctors(api, secretary).values());
        assertThat(byId.get(doctor).get("periods")).hasSize(1);
        assertThat(byId.get(doctor).get("periods").get(0).get("start").asText()).startsWith("08:30");
        assertThat(byId.get(martinId).get("timeZone").asText()).isEqualTo("Europe/Paris");
        assertThat(byId.get(bernardId).get("periods").size()).as("an untouched doctor's default week")
                .isEqualTo(api.get("/doctors/" + bernardId + "/working-hours", secretary).json().get("periods").size());

        assertThat(api.post("/users/" + doctor + "/deactivate", admin, "").status()).isLessThan(300);
        Api.Answer after = api.get("/doctors/working-hours", secretary);
        assertThat(after.json().findValuesAsText("id")).doesNotContain(doctor);
    }

    @Test
    void demoAgendas_shouldBeSeededForTheDoctorsWithTheDemoPatients() throws InterruptedException {
        // Seeded in the background once the users and patients areas seeded theirs: wait for it.
        String from = Instant.now().minus(Duration.ofDays(1)).toString();
        String to = Instant.now().plus(Duration.ofDays(6)).toString();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        List<String> patients = List.of();
        for (String doctor : List.of(martinId, bernardId, lefevreId)) {
            JsonNode page = api.get("/appointments?doctorId=" + doctor + "&from=" + from + "&to=" + to + "&size=100",
                    secretary).json();
            while (page.get("total").asLong() == 0 && Instant.now().isBefore(deadline)) {
                Thread.sleep(500); // poll: the seed runs in the background, within the deadline
                page = api.get("/appointments?doctorId=" + doctor + "&from=" + from + "&to=" + to + "&size=100",
                        secretary).json();
            }
            assertThat(page.get("total").asLong()).as("demo appointments of " + doctor).isGreaterThan(10);
            patients = page.get("items").findValuesAsText("patientId");
        }
        // Their patients are demo patients of the patients area, found through its batch look-up.
        Api.Answer names = api.get("/patients/by-ids?id=" + String.join("&id=", patients.stream().distinct()
                .limit(100).toList()), secretary);
        assertThat(names.status()).as(names.toString()).isEqualTo(200);
        assertThat(names.json()).hasSize((int) patients.stream().distinct().limit(100).count());
    }

    /** Runs the calls all at once, released together by a latch, and returns their answers. */
    private static List<Api.Answer> together(List<java.util.concurrent.Callable<Api.Answer>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch ready = new CountDownLatch(calls.size());
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Api.Answer>> futures = new ArrayList<>();
            for (java.util.concurrent.Callable<Api.Answer> call : calls) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.call();
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<Api.Answer> answers = new ArrayList<>();
            for (Future<Api.Answer> future : futures) {
                answers.add(future.get(120, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertOneWinner(List<Api.Answer> answers) {
        List<Api.Answer> created = answers.stream().filter(a -> a.status() == 201).toList();
        List<Api.Answer> conflicts = answers.stream().filter(a -> a.status() == 409).toList();
        assertThat(created).as(answers.toString()).hasSize(1);
        assertThat(conflicts).as(answers.toString()).hasSize(answers.size() - 1);
        String winner = created.get(0).json().get("id").asText();
        assertThat(conflicts).allSatisfy(c -> assertThat(c.json().get("conflictingAppointmentId").asText())
                .isEqualTo(winner));
    }

    @Test
    void concurrentBookings_ofOneDoctorsSlot_shouldLeaveExactlyOne() throws Exception {
        List<java.util.concurrent.Callable<Api.Answer>> calls = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String patient = newPatient(api);
            calls.add(() -> book(patient, bernardId, "2031-01-13T11:00:00+01:00", "2031-01-13T11:30:00+01:00"));
        }
        assertOneWinner(together(calls));
        JsonNode agenda = api.get("/appointments?doctorId=" + bernardId
                + "&from=2031-01-13T00:00:00%2B01:00&to=2031-01-14T00:00:00%2B01:00", secretary).json();
        assertThat(agenda.get("total").asLong()).isEqualTo(1);
    }

    @Test
    void concurrentBookings_ofOnePatientWithTwoDoctors_shouldLeaveExactlyOne() throws Exception {
        String patient = newPatient(api);
        List<java.util.concurrent.Callable<Api.Answer>> calls = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String doctor = i % 2 == 0 ? martinId : bernardId;
            // Different but overlapping times, so the doctors' own agendas never collide with another test's.
            String start = i % 2 == 0 ? "2031-01-14T14:00:00+01:00" : "2031-01-14T14:10:00+01:00";
            String end = i % 2 == 0 ? "2031-01-14T14:30:00+01:00" : "2031-01-14T14:40:00+01:00";
            calls.add(() -> book(patient, doctor, start, end));
        }
        List<Api.Answer> answers = together(calls);
        assertOneWinner(answers);
        assertThat(api.get("/appointments?patientId=" + patient, secretary).json().get("total").asLong()).isEqualTo(1);
    }
}
