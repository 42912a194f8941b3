package org.hygie.users.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.hygie.core.problem.Checks;
import org.hygie.core.problem.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsernamesTest {

    @Test
    void normalize_shouldTrimAndLowerCase() {
        assertThat(Usernames.normalize("  Dr.Martin ")).isEqualTo("dr.martin");
        assertThat(Usernames.normalize(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "dr.martin", "bio_durand-2", "a.b", "0123456789012345678901234567890123456789012345678901234567890123"})
    void isValid_shouldAcceptAllowedNames(String name) {
        assertThat(Usernames.isValid(name)).isTrue();
        assertThat(errors(name)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "Dr.Martin", "dr martin", "hélène", "dr@martin", "dr/martin",
            "01234567890123456789012345678901234567890123456789012345678901234"})
    void isValid_shouldRefuseOtherNames(String name) {
        assertThat(Usernames.isValid(name)).isFalse();
        assertThat(errors(name)).singleElement().extracting(FieldError::field).isEqualTo("username");
    }

    @Test
    void check_shouldSayWhy() {
        assertThat(errors("")).extracting(FieldError::code).containsExactly("required");
        assertThat(errors("ab")).extracting(FieldError::code).containsExactly("length");
        assertThat(errors("a".repeat(65))).extracting(FieldError::code).containsExactly("length");
        assertThat(errors("dr martin")).extracting(FieldError::code).containsExactly("format");
    }

    private static java.util.List<FieldError> errors(String name) {
        Checks checks = new Checks();
        Usernames.check(checks, "username", name);
        return checks.errors();
    }
}
