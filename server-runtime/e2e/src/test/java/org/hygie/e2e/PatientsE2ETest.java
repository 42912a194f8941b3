package org.hygie.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The patients area over HTTP: records, search, duplicates, concurrency, allergies, bad input. */
class PatientsE2ETest {
    private static Api api;
    private static String secretary;

    @BeforeAll
    static void start() throws Exception {
        api = SharedServer.get().api;
        secretary = api.token("sec.petit");
    }

    /** A last name no other test uses, so searches see only this test's patients. */
    private static String uniqueName(String base) {
        StringBuilder letters = new StringBuilder();
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 6).toCharArray()) {
            letters.append((char) ('a' + Character.digit(c, 16) % 26));
        }
        return base + letters;
    }

    private static Map<String, Object> patient(String lastName, String firstName, String birthDate) {
        Map<String, Object> body = new HashMap<>();
        body.put("lastName", lastName);
        body.put("firstName", firstName);
        body.put("birthDate", birthDate);
        body.put("sex", "FEMALE");
        return body;
    }

    private static JsonNode create(Map<String, Object> body) {
        Api.Answer answer = api.post("/patients", secretary, body);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json();
    }

    private static List<String> searchIds(String query) {
        Api.Answer answer = api.get("/patients?q=" + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8), secretary);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json().get("items").findValuesAsText("id");
    }

    @Test
    void create_shouldAssignARecordNumberAndAnswerWithItsLocation() {
        Api.Answer answer = api.post("/patients", secretary, patient(uniqueName("Lefèvre"), "Hélène", "1975-06-30"));
        assertThat(answer.status()).isEqualTo(201);
        JsonNode created = answer.json().get("patient");
        assertThat(created.get("mrn").asText()).isNotBlank();
        assertThat(answer.header("Location")).endsWith("/api/patients/" + created.get("id").asText());
        JsonNode read = api.get("/patients/" + created.get("id").asText(), secretary).json();
        assertThat(read.get("firstName").asText()).isEqualTo("Hélène");
        assertThat(read.get("mrn").asText()).isEqualTo(created.get("mrn").asText());
    }

    @Test
    void search_shouldIgnoreAccentsAndCase() {
        String last = uniqueName("Séverin");
        String id = create(patient(last, "Hélène", "1980-01-02")).get("patient").get("id").asText();
        String unaccented = last.replace("é", "e").toUpperCase();
        assertThat(searchIds(unaccented)).contains(id);
        assertThat(searchIds("helene " + last.replace("é", "e"))).contains(id);
    }

    @Test
    void search_shouldMatchPrefixesOfLastOrFirstName() {
        String last = uniqueName("Dupontel");
        String id = create(patient(last, "Anaïs", "1990-04-05")).get("patient").get("id").asText();
        assertThat(searchIds(last.substring(0, last.length() - 2))).contains(id);
        assertThat(searchIds(last + " ana")).contains(id);
    }

    @Test
    void search_shouldTolerateATypo() {
        String last = uniqueName("Dupont");
        String id = create(patient(last, "Zoé", "1991-05-06")).get("patient").get("id").asText();
        String typo = last.replace("Dupont", "Dupond");
        assertThat(searchIds(typo)).contains(id);
    }

    @Test
    void search_shouldFindTheRecordNumberExactly() {
        JsonNode created = create(patient(uniqueName("Marchand"), "Noël", "1965-12-25")).get("patient");
        assertThat(searchIds(created.get("mrn").asText())).containsExactly(created.get("id").asText());
    }

    @Test
    void search_shouldFilterByBirthDateAndPage() {
        String last = uniqueName("Garnier");
        for (int i = 0; i < 3; i++) {
            create(patient(last, "Maëlle", "2001-0" + (i + 1) + "-15"));
        }
        Api.Answer filtered = api.get("/patients?q=" + last + "&birthDate=2001-02-15", secretary);
        assertThat(filtered.json().get("items")).hasSize(1);
        Api.Answer paged = api.get("/patients?q=" + last + "&size=2&page=0", secretary);
        assertThat(paged.json().get("items")).hasSize(2);
        assertThat(paged.json().get("total").asLong()).isEqualTo(3);
        assertThat(api.get("/patients?q=" + last + "&size=101", secretary).status()).isEqualTo(422);
        assertThat(api.get("/patients?q=" + last + "&birthDate=yesterday", secretary).status()).isBetween(400, 422);
    }

    @Test
    void create_shouldFlagALikelyDuplicateWithoutRefusingIt() {
        String last = uniqueName("Bénédicte");
        JsonNode first = create(patient(last, "Ségolène", "1970-07-07")).get("patient");
        JsonNode second = create(patient(last.toUpperCase(), "Segolene", "1970-07-07"));
        assertThat(second.get("possibleDuplicates").findValuesAsText("id")).contains(first.get("id").asText());
        assertThat(second.get("patient").get("id").asText()).isNotEqualTo(first.get("id").asText());
    }

    @Test
    void duplicates_shouldAnswerTheCreationsRuleWithoutCreating() {
        String last = uniqueName("Lefèvre");
        JsonNode first = create(patient(last, "Hélène-Marie", "1962-04-18")).get("patient");
        String id = first.get("id").asText();
        // Other case, no accents, a space for the hyphen, and the names swapped: the same person.
        Api.Answer swapped = api.post("/patients/duplicates", secretary,
                patient("HELENE MARIE", last.toLowerCase().replace('è', 'e'), "1962-04-18"));
        assertThat(swapped.status()).as(swapped.toString()).isEqualTo(200);
        assertThat(swapped.json().findValuesAsText("id")).containsExactly(id);
        assertThat(swapped.json().get(0).get("mrn").asText()).isEqualTo(first.get("mrn").asText());
        // Another birth date is another person.
        Api.Answer otherDay = api.post("/patients/duplicates", secretary, patient(last, "Hélène-Marie", "1962-04-19"));
        assertThat(otherDay.status()).isEqualTo(200);
        assertThat(otherDay.json()).isEmpty();
        // Asking created nothing (the birth date keeps out the close spellings of other tests' names).
        Api.Answer born = api.get("/patients?q=" + java.net.URLEncoder.encode(last, StandardCharsets.UTF_8)
                + "&birthDate=1962-04-18", secretary);
        assertThat(born.status()).as(born.toString()).isEqualTo(200);
        assertThat(born.json().get("items").findValuesAsText("id")).containsExactly(id);
        // Invalid input is refused as a creation refuses it.
        Api.Answer invalid = api.post("/patients/duplicates", secretary, patient(last, " ", "1962-04-18"));
        assertThat(invalid.status()).as(invalid.toString()).isEqualTo(422);
        assertThat(invalid.contentType()).startsWith("application/problem+json");
    }

    @Test
    void update_shouldRefuseAStaleVersionWith409() {
        JsonNode created = create(patient(uniqueName("Roussel"), "Gaëlle", "1988-08-08")).get("patient");
        String id = created.get("id").asText();
        Map<String, Object> edit = patient(created.get("lastName").asText(), "Gaëlle", "1988-08-08");
        edit.put("phone", "+33 1 23 45 67 89");
        edit.put("version", created.get("version").asLong());
        Api.Answer first = api.put("/patients/" + id, secretary, edit);
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        Api.Answer stale = api.put("/patients/" + id, api.token("dr.martin"), edit);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
    }

    @Test
    void create_shouldListEveryInvalidField() {
        Map<String, Object> body = patient("", "x".repeat(101), LocalDate.now().plusDays(1).toString());
        body.put("nir", "1234567890123 00");
        body.put("email", "not-an-email");
        Api.Answer answer = api.post("/patients", secretary, body);
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.json().get("errors").findValuesAsText("field"))
                .contains("lastName", "firstName", "birthDate", "nir", "email");
    }

    @Test
    void create_shouldRefuseBirthDatesBefore1900() {
        assertThat(api.post("/patients", secretary, patient(uniqueName("Ancien"), "Paul", "1899-12-31")).status())
                .isEqualTo(422);
    }

    @Test
    void badInput_shouldAnswer4xxProblemsNever500() {
        Api.Answer malformed = api.raw("POST", "/patients", secretary, "application/json",
                "{\"lastName\": \"Dup".getBytes(StandardCharsets.UTF_8));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");

        Map<String, Object> wrongEnum = patient(uniqueName("Enum"), "Léa", "1999-09-09");
        wrongEnum.put("sex", "ROBOT");
        Api.Answer badEnum = api.post("/patients", secretary, wrongEnum);
        assertThat(badEnum.status()).isEqualTo(422);
        assertThat(badEnum.json().get("errors").findValuesAsText("field")).contains("sex");

        Api.Answer wrongType = api.raw("POST", "/patients", secretary, "application/json",
                "{\"lastName\": 12, \"firstName\": [], \"birthDate\": true, \"sex\": \"MALE\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(wrongType.status()).isBetween(400, 422);

        byte[] huge = ("{\"lastName\": \"" + "a".repeat(2 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        assertThat(api.raw("POST", "/patients", secretary, "application/json", huge).status()).isEqualTo(413);

        assertThat(api.raw("POST", "/patients", secretary, "text/plain", "hello".getBytes()).status()).isEqualTo(415);
        assertThat(api.get("/patients/not-a-uuid", secretary).status()).isEqualTo(400);
        assertThat(api.get("/patients/" + UUID.randomUUID(), secretary).status()).isEqualTo(404);
        assertThat(api.get("/patients?page=abc", secretary).status()).isEqualTo(400);
        assertThat(api.get("/patients?page=-1", secretary).status()).isEqualTo(422);
    }

    @Test
    void allergies_shouldBeRecordedByDoctorsAndReadByBiologists() {
        String id = create(patient(uniqueName("Allergique"), "Inès", "1982-02-02")).get("patient").get("id").asText();
        Api.Answer added = api.post("/patients/" + id + "/allergies", api.token("dr.martin"),
                Map.of("substance", "Pénicilline", "reaction", "Œdème", "severity", "SEVERE"));
        assertThat(added.status()).as(added.toString()).isIn(200, 201);
        Api.Answer read = api.get("/patients/" + id + "/allergies", api.token("bio.durand"));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().findValuesAsText("substance")).contains("Pénicilline");
        assertThat(read.json().findValuesAsText("notedBy")).isNotEmpty();
    }

    @Test
    void allergies_shouldTellNotRecordedFromNoneKnownAndBeCorrectedOrMarkedNeverDeleted() {
        String id = create(patient(uniqueName("Allergique"), "Lou", "1979-07-07")).get("patient").get("id").asText();
        String doctor = api.token("dr.martin");
        String path = "/patients/" + id + "/allergies";
        assertThat(api.get(path, doctor).json().get("statement").asText()).isEqualTo("NOT_RECORDED");

        Api.Answer stated = api.post(path + "/none-known", doctor, "");
        assertThat(stated.status()).as(stated.toString()).isEqualTo(200);
        assertThat(stated.json().get("statement").asText()).isEqualTo("NONE_KNOWN");
        assertThat(stated.json().get("statedBy").asText()).isNotBlank();

        JsonNode added = api.post(path, doctor, Map.of("substance", "Iode", "severity", "MODERATE")).json();
        assertThat(api.get(path, doctor).json().get("statement").asText()).isEqualTo("RECORDED");
        assertThat(api.post(path + "/none-known", doctor, "").status()).as("an allergy stands").isEqualTo(409);
        String allergy = path + "/" + added.get("id").asText();

        Api.Answer noVersion = api.put(allergy, doctor, Map.of("substance", "Iode", "severity", "SEVERE"));
        assertThat(noVersion.status()).as(noVersion.toString()).isEqualTo(422);
        assertThat(noVersion.json().get("errors").get(0).get("field").asText()).isEqualTo("version");
        Api.Answer corrected = api.put(allergy, doctor, Map.of("substance", "Iode", "reaction", "Choc",
                "severity", "SEVERE", "version", 0));
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        assertThat(corrected.json().get("severity").asText()).isEqualTo("SEVERE");
        assertThat(corrected.json().get("changedBy").asText()).isNotBlank();
        assertThat(corrected.json().get("changedAt").asText()).isNotBlank();
        Api.Answer stale = api.put(allergy, doctor, Map.of("substance", "Iode", "severity", "MILD", "version", 0));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(1);

        Api.Answer marked = api.post(allergy + "/entered-in-error", doctor, Map.of("reason", "Autre patient", "version", 1));
        assertThat(marked.status()).as(marked.toString()).isEqualTo(200);
        assertThat(marked.json().get("status").asText()).isEqualTo("ENTERED_IN_ERROR");
        JsonNode after = api.get(path, api.token("bio.durand")).json();
        assertThat(after.get("statement").asText()).as("the earlier statement holds again").isEqualTo("NONE_KNOWN");
        assertThat(after.get("allergies")).hasSize(1);
        assertThat(after.get("allergies").get(0).get("status").asText()).as("kept, never deleted").isEqualTo("ENTERED_IN_ERROR");
        assertThat(api.post(allergy + "/entered-in-error", doctor, Map.of("version", 2)).status()).isEqualTo(409);

        // What it held before each change, oldest first, with who had recorded it: read by a biologist too.
        Api.Answer revisions = api.get(allergy + "/revisions", api.token("bio.durand"));
        assertThat(revisions.status()).as(revisions.toString()).isEqualTo(200);
        assertThat(revisions.json()).hasSize(2);
        assertThat(revisions.json().get(0).get("version").asLong()).isZero();
        assertThat(revisions.json().get(0).get("severity").asText()).isEqualTo("MODERATE");
        assertThat(revisions.json().get(0).get("reaction").isNull()).isTrue();
        assertThat(revisions.json().get(0).get("recordedBy").asText()).isEqualTo("Dr Hélène Martin");
        assertThat(revisions.json().get(1).get("severity").asText()).isEqualTo("SEVERE");
        assertThat(revisions.json().get(1).get("reaction").asText()).isEqualTo("Choc");
        assertThat(revisions.json().get(1).get("status").asText()).isEqualTo("ACTIVE");
        assertThat(revisions.json().get(1).get("recordedAt").asText()).isNotBlank();
        assertThat(revisions.json().get(1).get("replacedAt").asText()).isNotBlank();
        JsonNode fresh = api.post(path, doctor, Map.of("substance", "Latex", "severity", "MILD")).json();
        assertThat(api.get(path + "/" + fresh.get("id").asText() + "/revisions", doctor).json()).as("never changed")
                .isEmpty();

        String other = create(patient(uniqueName("Autre"), "Léa", "1980-08-08")).get("patient").get("id").asText();
        assertThat(api.put("/patients/" + other + "/allergies/" + added.get("id").asText(), doctor,
                Map.of("substance", "Iode", "severity", "MILD", "version", 2)).status()).as("not her allergy").isEqualTo(404);
        assertThat(api.post(path + "/not-a-uuid/entered-in-error", doctor, Map.of("version", 0)).status()).isEqualTo(400);
        assertThat(api.get("/patients/" + other + "/allergies/" + added.get("id").asText() + "/revisions", doctor)
                .status()).as("not her allergy").isEqualTo(404);
        assertThat(api.get(path + "/" + UUID.randomUUID() + "/revisions", doctor).status()).isEqualTo(404);
        assertThat(api.get(path + "/not-a-uuid/revisions", doctor).status()).isEqualTo(400);
    }

    @Test
    void byIds_shouldAnswerTheKnownPatientsOnceInOneCallAndBoundTheirCount() {
        String first = create(patient(uniqueName("Groupe"), "Anaïs", "1990-01-01")).get("patient").get("id").asText();
        String second = create(patient(uniqueName("Groupe"), "Loïc", "1991-02-02")).get("patient").get("id").asText();
        Api.Answer answer = api.get("/patients/by-ids?id=" + first + "&id=" + second + "&id=" + first + "&id="
                + UUID.randomUUID(), api.token("bio.durand"));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().findValuesAsText("id")).containsExactlyInAnyOrder(first, second);
        assertThat(answer.json().findValuesAsText("firstName")).containsExactlyInAnyOrder("Anaïs", "Loïc");
        assertThat(api.get("/patients/by-ids", secretary).json()).isEmpty();

        StringBuilder tooMany = new StringBuilder("/patients/by-ids?id=" + first);
        for (int i = 0; i < 100; i++) {
            tooMany.append("&id=").append(UUID.randomUUID());
        }
        Api.Answer refused = api.get(tooMany.toString(), secretary);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("id");
        assertThat(refused.json().get("errors").get(0).get("code").asText()).isEqualTo("too_many");
        assertThat(api.get("/patients/by-ids?id=not-a-uuid", secretary).status()).isEqualTo(400);
    }

    @Test
    void demoSearch_shouldForgiveATypoInEachName() {
        // The demo check of issue 10: "Dupnot" (a swapped pair) and "Helen" (a beginning) find the
        // demo's Hélène Dupont among the first answers, marked as approximate.
        Api.Answer answer = api.get("/patients?q=Dupnot%20Helen&size=5", secretary);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode dupont = null;
        for (JsonNode item : answer.json().get("items")) {
            if (item.get("lastName").asText().equals("Dupont") && item.get("firstName").asText().equals("Hélène")) {
                dupont = item;
            }
        }
        assertThat(dupont).as("Hélène Dupont among " + answer.json().get("items")).isNotNull();
        assertThat(dupont.get("match").asText()).isEqualTo("FUZZY");
        assertThat(dupont.get("birthDate").asText()).isEqualTo("1948-03-12");
    }

    @Test
    void demoData_shouldHoldAboutFiftyPatientsWithAccents() {
        Api.Answer answer = api.get("/patients?q=helene", secretary);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("total").asLong()).isPositive();
    }
}
