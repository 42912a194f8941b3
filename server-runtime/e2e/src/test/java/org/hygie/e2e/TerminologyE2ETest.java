package org.hygie.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The catalogues over HTTP: drugs, allergens and lab tests searched as the user types, for those
 * who prescribe or analyse (doctors, biologists) and nobody else, bad input answered 422.
 */
class TerminologyE2ETest {
    private static final String DOCTOR = "dr.martin";
    private static final String BIOLOGIST = "bio.durand";
    private static final List<String> ROLES = List.of(DOCTOR, BIOLOGIST, "sec.petit", "admin");
    private static final Set<String> ALLOWED = Set.of(DOCTOR, BIOLOGIST);

    private static Api api;

    @BeforeAll
    static void start() throws Exception {
        api = SharedServer.get().api;
        awaitArea(api);
    }

    /** The area's components start once its migrations and its shipped set are in: wait for its endpoints. */
    static void awaitArea(Api api) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (api.get("/lab-tests", api.token(DOCTOR)).status() == 404 && Instant.now().isBefore(deadline)) {
            Thread.sleep(200); // poll: the area's endpoints, until the deadline above
        }
    }

    private record Endpoint(String name, String path) {
    }

    private static List<Endpoint> endpoints() {
        return List.of(new Endpoint("GET /drugs", "/drugs?q=amox"), new Endpoint("GET /drugs/{cis}", "/drugs/63565244"),
                new Endpoint("GET /drugs/by-cis", "/drugs/by-cis?cis=63565244&cis=60234100"),
                new Endpoint("GET /allergens", "/allergens?q=penic"), new Endpoint("GET /lab-tests", "/lab-tests?q=kali"),
                new Endpoint("GET /lab-tests/{loinc}", "/lab-tests/2823-3"));
    }

    @TestFactory
    Stream<DynamicTest> everyEndpoint_shouldBeForDoctorsAndBiologistsOnly() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint e : endpoints()) {
            for (String user : ROLES) {
                tests.add(DynamicTest.dynamicTest(e.name() + " as " + user, () -> {
                    Api.Answer answer = api.get(e.path(), api.token(user));
                    if (ALLOWED.contains(user)) {
                        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
                    } else {
                        assertThat(answer.status()).as(answer.toString()).isEqualTo(403);
                        assertThat(answer.contentType()).startsWith("application/problem+json");
                    }
                }));
            }
            tests.add(DynamicTest.dynamicTest(e.name() + " without a token", () -> {
                Api.Answer answer = api.get(e.path(), null);
                assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
                assertThat(answer.contentType()).startsWith("application/problem+json");
            }));
        }
        return tests.stream();
    }

    @Test
    void drugs_shouldBeSearchedByNameSubstanceOrClass() {
        Api.Answer amox = api.get("/drugs?q=amox&size=50", api.token(DOCTOR));
        assertThat(amox.status()).as(amox.toString()).isEqualTo(200);
        assertThat(amox.json().get("total").asLong()).isGreaterThan(5);
        JsonNode first = amox.json().get("items").get(0);
        assertThat(first.get("name").asText()).startsWith("AMOXICILLINE");
        assertThat(first.get("source").asText()).isEqualTo("CURATED");
        assertThat(first.get("atc").get("code").asText()).startsWith("J01C");
        JsonNode doliprane = api.get("/drugs?q=parac%C3%A9tamol&size=50", api.token(DOCTOR)).json();
        assertThat(doliprane.get("items").findValuesAsText("name")).anyMatch(n -> n.startsWith("DOLIPRANE"));
        JsonNode penicillins = api.get("/drugs?q=J01C&size=50", api.token(BIOLOGIST)).json();
        penicillins.get("items").forEach(d -> assertThat(d.get("atc").get("code").asText()).startsWith("J01C"));
        assertThat(api.get("/drugs?q=", api.token(DOCTOR)).json().get("items")).isEmpty();
    }

    @Test
    void drug_shouldCarryItsSubstancesClassAndNarcoticFlag() {
        JsonNode morphine = api.get("/drugs/60762795", api.token(DOCTOR)).json();
        assertThat(morphine.get("narcotic").asBoolean()).isTrue();
        assertThat(morphine.get("substances").get(0).get("inn").asText()).isEqualTo("morphine");
        assertThat(morphine.get("atc").get("code").asText()).isEqualTo("N02AA01");
        Api.Answer unknown = api.get("/drugs/12345678", api.token(DOCTOR));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        JsonNode some = api.get("/drugs/by-cis?cis=63565244&cis=99999999&cis=63565244", api.token(DOCTOR)).json();
        assertThat(some).hasSize(1);
    }

    @Test
    void allergens_shouldListClassesFirst() {
        JsonNode found = api.get("/allergens?q=penic", api.token(DOCTOR)).json();
        assertThat(found.get("items").get(0).get("code").asText()).isEqualTo("atc:J01C");
        assertThat(found.get("items").get(0).get("kind").asText()).isEqualTo("DRUG_CLASS");
        assertThat(found.get("items").findValuesAsText("code")).contains("inn:benzylpenicilline");
        assertThat(api.get("/allergens?q=", api.token(DOCTOR)).json().get("items")).isEmpty();
    }

    @Test
    void labTests_shouldBeFoundByNamePanelOrCode() {
        JsonNode kali = api.get("/lab-tests?q=kali", api.token(BIOLOGIST)).json();
        assertThat(kali.get("items").findValuesAsText("loinc")).containsExactly("2823-3");
        JsonNode potassium = api.get("/lab-tests/2823-3", api.token(DOCTOR)).json();
        assertThat(potassium.get("unit").asText()).isEqualTo("mmol/L");
        assertThat(potassium.get("panel").asText()).isEqualTo("Ionogramme");
        JsonNode all = api.get("/lab-tests?size=50", api.token(DOCTOR)).json();
        assertThat(all.get("total").asInt()).isGreaterThanOrEqualTo(40);
        assertThat(api.get("/lab-tests/0000-0", api.token(DOCTOR)).status()).isEqualTo(404);
    }

    @Test
    void badQueries_shouldBeAnswered422NamingTheField() {
        String longQuery = "a".repeat(101);
        for (String path : List.of("/drugs?q=" + longQuery, "/allergens?q=" + longQuery, "/lab-tests?q=" + longQuery)) {
            Api.Answer answer = api.get(path, api.token(DOCTOR));
            assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
            assertThat(answer.json().get("errors").get(0).get("field").asText()).isEqualTo("q");
        }
        for (String path : List.of("/drugs?q=amox&size=51", "/allergens?q=a&size=0", "/lab-tests?size=500")) {
            Api.Answer answer = api.get(path, api.token(DOCTOR));
            assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
            assertThat(answer.json().get("errors").get(0).get("field").asText()).isEqualTo("size");
        }
        Api.Answer page = api.get("/drugs?q=amox&page=-1", api.token(DOCTOR));
        assertThat(page.status()).isEqualTo(422);
        Api.Answer notANumber = api.get("/drugs?q=amox&page=x", api.token(DOCTOR));
        assertThat(notANumber.status()).as(notANumber.toString()).isIn(400, 422);
        StringBuilder many = new StringBuilder("/drugs/by-cis?cis=00000000");
        for (int i = 1; i <= 100; i++) {
            many.append("&cis=").append(String.format("%08d", i));
        }
        Api.Answer tooMany = api.get(many.toString(), api.token(DOCTOR));
        assertThat(tooMany.status()).as(tooMany.toString()).isEqualTo(422);
        assertThat(tooMany.json().get("errors").get(0).get("code").asText()).isEqualTo("too_many");
    }
}
