package org.hygie.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hygie.prescriptions.server.internal.PdfReading;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Prescribing on the real server, with the real catalogues and safety tables of the terminology
 * area: the penicillin-allergic patient's amoxicillin stopped by the alert and signed with a reason,
 * interactions with other active treatments, narcotics' limits, the printed ordonnance read back
 * (text and barcodes), lab orders from the doctor to the biologist.
 */
class PrescriptionsE2ETest {
    static final String DOCTOR = "dr.martin";
    static final String BIOLOGIST = "bio.durand";
    static final String PDF = "application/pdf, application/problem+json";

    private static Api api;
    private static String doctor;

    @BeforeAll
    static void start() throws Exception {
        api = SharedServer.get().api;
        doctor = api.token(DOCTOR);
        awaitArea(api);
    }

    /** Waits for the prescriptions and terminology areas, which start after the server is healthy. */
    static void awaitArea(Api api) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while ((api.get("/lab-orders", api.token(DOCTOR)).status() == 404
                || api.get("/drugs?q=amox", api.token(DOCTOR)).status() == 404) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200); // poll: the areas' endpoints, until the deadline above
        }
    }

    /** @return the CIS code of the first catalogue drug the query finds that matches */
    static String cis(Api api, String query, boolean narcotic) {
        Api.Answer answer = api.get("/drugs?q=" + query + "&size=50", api.token(DOCTOR));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        for (JsonNode drug : answer.json().get("items")) {
            if (drug.get("narcotic").asBoolean() == narcotic) {
                return drug.get("cis").asText();
            }
        }
        throw new AssertionError("No drug for " + query + " in " + answer);
    }

    static String loinc(Api api, String query) {
        Api.Answer answer = api.get("/lab-tests?q=" + query, api.token(DOCTOR));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().get("items")).as(answer.toString()).isNotEmpty();
        return answer.json().get("items").get(0).get("loinc").asText();
    }

    static Map<String, Object> item(String cis, Object dose, String unit, String frequency, int days) {
        Map<String, Object> item = new HashMap<>();
        item.put("drugCis", cis);
        item.put("dose", dose);
        item.put("doseUnit", unit);
        item.put("frequency", frequency);
        item.put("durationDays", days);
        return item;
    }

    static Map<String, Object> prescription(String patientId, List<Map<String, Object>> items,
            List<Map<String, Object>> overrides) {
        Map<String, Object> body = new HashMap<>();
        body.put("patientId", patientId);
        body.put("items", items);
        body.put("overrides", overrides);
        return body;
    }

    static String allergicPatient() {
        String patient = AppointmentsE2ETest.newPatient(api);
        Api.Answer allergy = api.post("/patients/" + patient + "/allergies", doctor,
                Map.of("substance", "Pénicilline", "reaction", "Œdème de Quincke", "severity", "SEVERE"));
        assertThat(allergy.status()).as(allergy.toString()).isEqualTo(200);
        return patient;
    }

    @Test
    void amoxicillinForAPenicillinAllergicPatient_shouldStopOnTheAlertThenSignWithAReason() {
        String patient = allergicPatient();
        Map<String, Object> amoxicillin = item(cis(api, "amoxicilline", false), 1, "gélule", "3 fois par jour", 7);

        Api.Answer stopped = api.post("/prescriptions", doctor, prescription(patient, List.of(amoxicillin), List.of()));
        assertThat(stopped.status()).as(stopped.toString()).isEqualTo(422);
        assertThat(stopped.contentType()).startsWith("application/problem+json");
        assertThat(stopped.json().get("type").asText()).isEqualTo("urn:hygie:problem:prescription-alerts");
        JsonNode alert = stopped.json().get("alerts").get(0);
        assertThat(alert.get("type").asText()).isEqualTo("ALLERGY");
        assertThat(alert.get("interrupts").asBoolean()).isTrue();
        assertThat(alert.get("allergen").asText()).isEqualTo("Pénicilline");
        assertThat(alert.get("drug").asText()).isNotBlank();
        assertThat(alert.get("message").asText()).isNotBlank();
        String key = alert.get("key").asText();
        assertThat(api.get("/patients/" + patient + "/prescriptions", doctor).json().get("total").asLong()).isZero();

        Api.Answer noReason = api.post("/prescriptions", doctor, prescription(patient, List.of(amoxicillin),
                List.of(Map.of("key", key, "reason", " "))));
        assertThat(noReason.status()).as(noReason.toString()).isEqualTo(422);
        assertThat(noReason.json().get("errors").get(0).get("field").asText()).isEqualTo("overrides[0].reason");

        Api.Answer signed = api.post("/prescriptions", doctor, prescription(patient, List.of(amoxicillin),
                List.of(Map.of("key", key, "reason", "Tests cutanés négatifs en 2025"))));
        assertThat(signed.status()).as(signed.toString()).isEqualTo(201);
        assertThat(signed.header("Location")).contains("/api/prescriptions/");
        JsonNode override = signed.json().get("overrides").get(0);
        assertThat(override.get("reason").asText()).isEqualTo("Tests cutanés négatifs en 2025");
        assertThat(override.get("byName").asText()).isEqualTo("Dr Hélène Martin");
        assertThat(override.get("at").asText()).isNotBlank();
        assertThat(override.get("alert").get("key").asText()).isEqualTo(key);

        String id = signed.json().get("id").asText();
        Api.Answer read = api.get("/prescriptions/" + id, doctor);
        assertThat(read.json().get("overrides").get(0).get("reason").asText()).isEqualTo("Tests cutanés négatifs en 2025");
        assertThat(read.json().get("items").get(0).get("substances").get(0).asText()).startsWith("amoxicilline");
        assertThat(api.get("/patients/" + patient + "/prescriptions", doctor).json().get("total").asLong()).isEqualTo(1);
        Api.Answer active = api.get("/patients/" + patient + "/prescriptions/active", api.token(BIOLOGIST));
        assertThat(active.status()).as(active.toString()).isEqualTo(200);
        assertThat(active.json()).hasSize(1);
        assertThat(active.json().get(0).get("prescriptionId").asText()).isEqualTo(id);
    }

    @Test
    void anAllergyCodedWithItsSubstance_shouldWarnForItsWholeClassAndNotSayFreeText() {
        String patient = AppointmentsE2ETest.newPatient(api);
        Map<String, Object> allergy = new HashMap<>();
        allergy.put("substance", "Amoxicilline");
        allergy.put("allergenCode", "inn:amoxicilline");
        allergy.put("severity", "SEVERE");
        Api.Answer recorded = api.post("/patients/" + patient + "/allergies", doctor, allergy);
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        // Augmentin holds amoxicillin; any penicillin would do: the class J01C cross-reacts.
        Api.Answer stopped = api.post("/prescriptions", doctor, prescription(patient,
                List.of(item(cis(api, "augmentin", false), 1, "comprimé", "2 fois par jour", 7)), List.of()));
        assertThat(stopped.status()).as(stopped.toString()).isEqualTo(422);
        JsonNode alert = stopped.json().get("alerts").get(0);
        assertThat(alert.get("type").asText()).isEqualTo("ALLERGY");
        assertThat(alert.get("fromFreeText").asBoolean()).isFalse();
    }

    @Test
    void thePrintedOrdonnance_shouldHoldEveryMandatoryMentionAndBarcodesThatDecode() throws Exception {
        String patient = AppointmentsE2ETest.newPatient(api);
        Map<String, Object> body = prescription(patient, List.of(item(cis(api, "amoxicilline", false), 1, "gélule",
                "3 fois par jour", 7)), List.of());
        body.put("weightKg", 72.5);
        Api.Answer signed = api.post("/prescriptions", doctor, body);
        assertThat(signed.status()).as(signed.toString()).isEqualTo(201);
        Api.Binary pdf = api.bytes("/prescriptions/" + signed.json().get("id").asText() + "/pdf", doctor, PDF);
        assertThat(pdf.status()).as(pdf.toString()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        String text = PdfReading.text(pdf.body());
        JsonNode who = api.get("/patients/" + patient, doctor).json();
        assertThat(text).contains(SharedServer.ESTABLISHMENT, "12 rue de la Santé", "75013 Paris",
                "FINESS : " + SharedServer.FINESS, "Dr Hélène Martin", "Médecine générale", "RPPS : 10001234565",
                "Tél. : 01 45 67 89 10", who.get("lastName").asText().toUpperCase(), who.get("firstName").asText(),
                "Sexe : masculin", "Né(e) le 04/05/1970", "Poids : 72,5 kg", "1. amoxicilline", "3 fois par jour",
                "Pendant 7 jours", "Non renouvelable", "Signature du prescripteur");
        assertThat(text).containsPattern("Le \\d{2}/\\d{2}/\\d{4} à \\d{2}:\\d{2}");
        assertThat(PdfReading.barcodes(pdf.body())).contains("10001234565", SharedServer.FINESS);
    }

    @Test
    void aNarcotic_shouldBeLimitedTo28DaysAndPrintedWithItsDoseInWords() throws Exception {
        String patient = AppointmentsE2ETest.newPatient(api);
        String morphine = cis(api, "morphine", true);
        Api.Answer tooLong = api.post("/prescriptions", doctor, prescription(patient,
                List.of(item(morphine, 10, "mg", "2 fois par jour", 29)), List.of()));
        assertThat(tooLong.status()).as(tooLong.toString()).isEqualTo(422);
        assertThat(tooLong.json().get("errors").get(0).get("code").asText()).isEqualTo("narcotic_duration");

        Api.Answer signed = api.post("/prescriptions", doctor, prescription(patient,
                List.of(item(morphine, 10, "mg", "2 fois par jour", 28)), List.of()));
        assertThat(signed.status()).as(signed.toString()).isEqualTo(201);
        assertThat(signed.json().get("items").get(0).get("narcotic").asBoolean()).isTrue();
        Api.Binary pdf = api.bytes("/prescriptions/" + signed.json().get("id").asText() + "/pdf", doctor, PDF);
        assertThat(pdf.status()).as(pdf.toString()).isEqualTo(200);
        assertThat(PdfReading.text(pdf.body())).contains("ORDONNANCE SÉCURISÉE", "10 mg (dix milligrammes) par prise",
                "2 (deux) fois par jour", "Pendant 28 jours (vingt-huit jours)", "1. morphine");
    }

    @Test
    void anNsaidForAPatientOnWarfarin_shouldStopOnTheInteractionWithTheActiveTreatment() {
        String patient = AppointmentsE2ETest.newPatient(api);
        Api.Answer warfarin = api.post("/prescriptions", doctor, prescription(patient,
                List.of(item(cis(api, "warfarine", false), 5, "mg", "1 fois par jour", 30)), List.of()));
        assertThat(warfarin.status()).as(warfarin.toString()).isEqualTo(201);
        Api.Answer nsaid = api.post("/prescriptions", doctor, prescription(patient,
                List.of(item(cis(api, "ibuprofene", false), 400, "mg", "3 fois par jour", 5)), List.of()));
        assertThat(nsaid.status()).as(nsaid.toString()).isEqualTo(422);
        JsonNode alert = nsaid.json().get("alerts").get(0);
        assertThat(alert.get("type").asText()).isEqualTo("INTERACTION");
        assertThat(alert.get("level").asText()).isIn("CONTRAINDICATION", "NOT_RECOMMENDED");
        assertThat(alert.get("otherPrescriptionId").asText()).isEqualTo(warfarin.json().get("id").asText());

        // Stopped, the warfarin no longer counts.
        Api.Answer stop = api.post("/prescriptions/" + warfarin.json().get("id").asText() + "/stop", doctor,
                Map.of("reason", "Relais par héparine", "version", warfarin.json().get("version").asLong()));
        assertThat(stop.status()).as(stop.toString()).isEqualTo(200);
        assertThat(stop.json().get("status").asText()).isEqualTo("STOPPED");
        assertThat(stop.json().get("stopReason").asText()).isEqualTo("Relais par héparine");
        Api.Answer again = api.post("/prescriptions/" + warfarin.json().get("id").asText() + "/stop", doctor,
                Map.of("reason", "encore", "version", stop.json().get("version").asLong()));
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        Api.Answer after = api.post("/prescriptions", doctor, prescription(patient,
                List.of(item(cis(api, "ibuprofene", false), 400, "mg", "3 fois par jour", 5)), List.of()));
        assertThat(after.status()).as(after.toString()).isEqualTo(201);
    }

    @Test
    void aFreeTextLine_shouldBeSignedWithANoteThatItCouldNotBeChecked_andRenewedAsANewPrescription() {
        String patient = allergicPatient();
        Map<String, Object> line = new HashMap<>();
        line.put("freeText", "Préparation magistrale : vaseline salicylée 10 %, 100 g");
        line.put("boxes", 1);
        Api.Answer signed = api.post("/prescriptions", doctor, prescription(patient, List.of(line), List.of()));
        assertThat(signed.status()).as(signed.toString()).isEqualTo(201);
        List<String> types = new ArrayList<>();
        signed.json().get("notes").forEach(n -> types.add(n.get("type").asText()));
        assertThat(types).contains("NOT_CHECKED");

        String id = signed.json().get("id").asText();
        Api.Answer renewed = api.post("/prescriptions/" + id + "/renew", doctor, "");
        assertThat(renewed.status()).as(renewed.toString()).isEqualTo(201);
        assertThat(renewed.json().get("renewedFrom").asText()).isEqualTo(id);
        assertThat(renewed.json().get("id").asText()).isNotEqualTo(id);
        assertThat(api.get("/prescriptions/" + id, doctor).json().get("status").asText()).isEqualTo("ACTIVE");
    }

    @Test
    void printingWithoutTheDoctorsRpps_shouldBeRefusedWithTheReason() {
        String patient = AppointmentsE2ETest.newPatient(api);
        Api.Answer signed = api.post("/prescriptions", api.token("dr.lefevre"), prescription(patient,
                List.of(item(cis(api, "paracetamol", false), 1, "g", "3 fois par jour", 5)), List.of()));
        assertThat(signed.status()).as(signed.toString()).isEqualTo(201);
        Api.Binary pdf = api.bytes("/prescriptions/" + signed.json().get("id").asText() + "/pdf", doctor, PDF);
        assertThat(pdf.status()).as(pdf.toString()).isEqualTo(422);
        assertThat(pdf.json().get("type").asText()).isEqualTo("urn:hygie:problem:ordonnance-incomplete");
        assertThat(pdf.json().get("detail").asText()).contains("RPPS");
        assertThat(pdf.json().get("errors").get(0).get("field").asText()).isEqualTo("prescriber.rpps");
    }

    @Test
    void aLabOrder_shouldReachTheBiologistPrintOnItsOwnSheetAndBeCancelledWithAReason() throws Exception {
        String patient = AppointmentsE2ETest.newPatient(api);
        String potassium = loinc(api, "potassium");
        Api.Answer ordered = api.post("/lab-orders", doctor, Map.of("patientId", patient, "tests", List.of(potassium),
                "priority", "STAT", "clinicalInfo", "Sous diurétique de l’anse"));
        assertThat(ordered.status()).as(ordered.toString()).isEqualTo(201);
        assertThat(ordered.json().get("state").asText()).isEqualTo("ORDERED");
        String id = ordered.json().get("id").asText();
        String biologist = api.token(BIOLOGIST);
        assertThat(api.get("/lab-orders/" + id, biologist).json().get("tests").get(0).get("loinc").asText())
                .isEqualTo(potassium);
        JsonNode worklist = api.get("/lab-orders?state=ORDERED&size=100", biologist).json();
        assertThat(worklist.get("items").get(0).get("priority").asText()).isEqualTo("STAT");
        assertThat(api.get("/patients/" + patient + "/lab-orders", biologist).json().get("total").asLong()).isEqualTo(1);

        Api.Binary pdf = api.bytes("/lab-orders/" + id + "/pdf", biologist, PDF);
        assertThat(pdf.status()).as(pdf.toString()).isEqualTo(200);
        String text = PdfReading.text(pdf.body());
        assertThat(text).contains("ORDONNANCE D’EXAMENS DE BIOLOGIE MÉDICALE", "LOINC " + potassium,
                "RPPS : 10001234565", "FINESS : " + SharedServer.FINESS).doesNotContain("Pendant");

        Api.Answer noReason = api.post("/lab-orders/" + id + "/cancel", doctor, Map.of("version", 0));
        assertThat(noReason.status()).as(noReason.toString()).isEqualTo(422);
        Api.Answer cancelled = api.post("/lab-orders/" + id + "/cancel", doctor,
                Map.of("reason", "Fait en ville ce matin", "version", ordered.json().get("version").asLong()));
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.json().get("state").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.json().get("cancelledBy").asText()).isEqualTo("Dr Hélène Martin");
    }

    @Test
    void theDemoLabOrder_shouldBeOnTheBiologistsWorklist() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        long total = 0;
        while (Instant.now().isBefore(deadline)) {
            Api.Answer list = api.get("/lab-orders?size=100", api.token(BIOLOGIST));
            assertThat(list.status()).as(list.toString()).isEqualTo(200);
            for (JsonNode o : list.json().get("items")) {
                if ("Contrôle de la kaliémie sous diurétique".equals(o.path("clinicalInfo").asText())) {
                    total++;
                }
            }
            if (total > 0) {
                break;
            }
            Thread.sleep(500); // poll: the demo seeder runs in the background, until the deadline above
        }
        assertThat(total).isEqualTo(1);
    }
}
