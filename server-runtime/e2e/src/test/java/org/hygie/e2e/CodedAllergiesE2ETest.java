package org.hygie.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Allergies coded with an allergen of the terminology catalogue, checked by the patients area
 * through the medication knowledge service of the same server; free text still allowed.
 */
class CodedAllergiesE2ETest {
    private static final String DOCTOR = "dr.martin";
    private static Api api;
    private static String patientId;

    @BeforeAll
    static void start() throws Exception {
        api = SharedServer.get().api;
        TerminologyE2ETest.awaitArea(api);
        patientId = AppointmentsE2ETest.newPatient(api);
    }

    @Test
    void allergy_shouldBeCodedWithAnAllergenOfTheCatalogue() {
        Api.Answer coded = api.post("/patients/" + patientId + "/allergies", api.token(DOCTOR),
                Map.of("substance", "Pénicillines", "severity", "SEVERE", "allergenCode", "atc:J01C"));
        assertThat(coded.status()).as(coded.toString()).isEqualTo(200);
        assertThat(coded.json().get("allergenCode").asText()).isEqualTo("atc:J01C");
        Api.Answer free = api.post("/patients/" + patientId + "/allergies", api.token(DOCTOR),
                Map.of("substance", "Latex", "severity", "MILD"));
        assertThat(free.status()).as(free.toString()).isEqualTo(200);
        assertThat(free.json().get("allergenCode").isNull()).isTrue();
        JsonNode all = api.get("/patients/" + patientId + "/allergies", api.token("bio.durand")).json();
        assertThat(all.get("allergies").findValuesAsText("substance")).contains("Pénicillines", "Latex");
        // corrected to another code, the version read sent back
        String id = coded.json().get("id").asText();
        Api.Answer recoded = api.put("/patients/" + patientId + "/allergies/" + id, api.token(DOCTOR),
                Map.of("substance", "Amoxicilline", "severity", "SEVERE", "allergenCode", "inn:amoxicilline",
                        "version", coded.json().get("version").asLong()));
        assertThat(recoded.status()).as(recoded.toString()).isEqualTo(200);
        assertThat(recoded.json().get("allergenCode").asText()).isEqualTo("inn:amoxicilline");
    }

    @Test
    void allergy_shouldRefuseACodeTheCatalogueDoesNotHold() {
        Api.Answer unknown = api.post("/patients/" + patientId + "/allergies", api.token(DOCTOR),
                Map.of("substance", "Chocolat", "severity", "MILD", "allergenCode", "inn:chocolat"));
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(422);
        assertThat(unknown.json().get("errors").get(0).get("field").asText()).isEqualTo("allergenCode");
        assertThat(unknown.json().get("errors").get(0).get("code").asText()).isEqualTo("unknown_allergen");
        Api.Answer tooLong = api.post("/patients/" + patientId + "/allergies", api.token(DOCTOR),
                Map.of("substance", "X", "severity", "MILD", "allergenCode", "inn:" + "x".repeat(100)));
        assertThat(tooLong.status()).as(tooLong.toString()).isEqualTo(422);
        assertThat(tooLong.json().get("errors").get(0).get("code").asText()).isEqualTo("too_long");
    }
}
