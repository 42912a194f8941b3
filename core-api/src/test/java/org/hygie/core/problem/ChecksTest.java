package org.hygie.core.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ChecksTest {
    @Test
    void throwIfAny_shouldReportEveryInvalidFieldAt422() {
        Checks checks = new Checks().required("lastName", " ").maxLength("firstName", "x".repeat(101), 100);
        assertThatThrownBy(checks::throwIfAny).isInstanceOfSatisfying(HygieException.class, e -> {
            assertThat(e.status()).isEqualTo(422);
            assertThat(e.errors()).extracting(FieldError::field).containsExactly("lastName", "firstName");
            assertThat(e.errors()).extracting(FieldError::code).containsExactly("required", "too_long");
            assertThat(e.toProblem().type()).isEqualTo(ProblemTypes.VALIDATION);
        });
    }

    @Test
    void throwIfAny_shouldPassWhenEveryFieldIsValid() {
        new Checks().required("lastName", "Dupont").maxLength("lastName", "Dupont", 100).throwIfAny();
    }

    @Test
    void maxLength_shouldLetAbsentValuesThrough() {
        assertThat(new Checks().maxLength("phone", null, 10).errors()).isEmpty();
    }

    @Test
    void throwIfAny_shouldListAtMostTwentyErrorsAndCountTheOthers() {
        Checks checks = new Checks();
        for (int i = 0; i < 10_000; i++) {
            checks.required("items[" + i + "]", null);
        }
        assertThat(checks.hasError("items[9999]")).as("still known as invalid").isTrue();
        assertThatThrownBy(checks::throwIfAny).isInstanceOfSatisfying(HygieException.class, e -> {
            assertThat(e.status()).isEqualTo(422);
            assertThat(e.errors()).hasSize(Checks.MAX_ERRORS);
            assertThat(e.errors().get(0).field()).isEqualTo("items[0]");
            assertThat(e.properties()).containsEntry("otherErrors", 10_000 - Checks.MAX_ERRORS);
            assertThat(e.getMessage()).hasSizeLessThan(1_000).contains("9980 more");
        });
    }
}
