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
}
