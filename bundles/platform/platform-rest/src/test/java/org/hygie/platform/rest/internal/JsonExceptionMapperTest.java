package org.hygie.platform.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;

import org.hygie.core.problem.Problem;
import org.hygie.core.problem.ProblemTypes;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;

class JsonExceptionMapperTest {
    enum Sex {
        FEMALE, MALE
    }

    record Input(String name, Sex sex, LocalDate birthDate, int count, java.util.List<String> tags) {
    }

    private static Problem problemFor(String json) {
        JsonProcessingException e = catchThrowableOfType(JsonProcessingException.class,
                () -> JsonProvider.mapper().readValue(json, Input.class));
        assertThat(e).as("reading %s should fail", json).isNotNull();
        return ProblemMappers.JsonExceptionMapper.toProblem(e);
    }

    @Test
    void toProblem_shouldAnswer400ForMalformedJson() {
        Problem problem = problemFor("{\"name\": ");
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.type()).isEqualTo(ProblemTypes.BAD_REQUEST);
    }

    @Test
    void toProblem_shouldNameTheAllowedValuesOfAnUnknownEnum() {
        Problem problem = problemFor("{\"sex\": \"ROBOT\"}");
        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("sex");
            assertThat(error.message()).contains("FEMALE, MALE");
        });
    }

    @Test
    void toProblem_shouldNameTheFieldOfAWrongType() {
        Problem problem = problemFor("{\"count\": \"many\"}");
        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.errors()).singleElement().satisfies(error -> assertThat(error.field()).isEqualTo("count"));
    }

    @Test
    void toProblem_shouldRefuseADateThatIsNoDate() {
        Problem problem = problemFor("{\"birthDate\": \"31/02/1980\"}");
        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.errors()).singleElement().satisfies(error -> assertThat(error.field()).isEqualTo("birthDate"));
    }

    @Test
    void toProblem_shouldAnswer400ForAnEmptyBody() {
        assertThat(problemFor("").status()).isEqualTo(400);
    }

    @Test
    void toProblem_shouldRefuseAKeyGivenTwiceNamingIt() {
        Problem problem = problemFor("{\"name\": \"a\", \"count\": 1, \"name\": \"b\"}");
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.detail()).contains("'name'");
    }

    @Test
    void toProblem_shouldNameTheFieldHoldingANulOrHalfASurrogatePair() {
        Problem nul = problemFor("{\"name\": \"a\\u0000b\"}");
        assertThat(nul.status()).isEqualTo(422);
        assertThat(nul.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("name");
            assertThat(error.code()).isEqualTo("invalid_characters");
        });
        Problem inList = problemFor("{\"tags\": [\"ok\", \"\\ud800\"]}");
        assertThat(inList.errors()).singleElement().satisfies(error -> assertThat(error.field()).isEqualTo("tags[1]"));
    }

    @Test
    void mapper_shouldKeepWholeSurrogatePairsAndOtherControlCharacters() throws Exception {
        Input input = JsonProvider.mapper().readValue("{\"name\": \"\\ud83d\\ude00 line\\nbreak\", \"count\": 1}",
                Input.class);
        assertThat(input.name()).isEqualTo("\uD83D\uDE00 line\nbreak");
    }

    @Test
    void toProblem_shouldAnswer400WithoutDetailsForNestingBeyondTheLimit() {
        JsonProcessingException e = catchThrowableOfType(JsonProcessingException.class,
                () -> JsonProvider.mapper().readValue("[".repeat(5000), Object.class));
        Problem problem = ProblemMappers.JsonExceptionMapper.toProblem(e);
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.detail()).doesNotContain("Exception").doesNotContain("com.fasterxml");
    }
}
