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

    record Input(String name, Sex sex, LocalDate birthDate, int count) {
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
}
