package org.hygie.users.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.hygie.core.problem.Checks;
import org.hygie.core.problem.FieldError;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void check_shouldAcceptTwelveToHundredTwentyEightCharacters() {
        assertThat(errors("a".repeat(12), null, null)).isEmpty();
        assertThat(errors("a".repeat(128), null, null)).isEmpty();
    }

    @Test
    void check_shouldRefuseTooShortOrTooLong() {
        assertThat(errors("a".repeat(11), null, null)).extracting(FieldError::code).containsExactly("too_short");
        assertThat(errors("a".repeat(129), null, null)).extracting(FieldError::code).containsExactly("too_long");
    }

    @Test
    void check_shouldCountCharactersNotUtf16Units() {
        // 12 emoji are 24 UTF-16 units but 12 characters: long enough, and 128 of them not too long
        assertThat(errors("😀".repeat(12), null, null)).isEmpty();
        assertThat(errors("😀".repeat(128), null, null)).isEmpty();
        assertThat(errors("😀".repeat(11), null, null)).extracting(FieldError::code).containsExactly("too_short");
    }

    @Test
    void check_shouldRequireAPassword() {
        assertThat(errors(null, null, null)).extracting(FieldError::code).containsExactly("required");
        assertThat(errors("", null, null)).extracting(FieldError::code).containsExactly("required");
    }

    @Test
    void check_shouldRefuseTheCurrentPassword() {
        assertThat(errors("correct horse battery", "correct horse battery", null))
                .extracting(FieldError::code).containsExactly("same_as_current");
        assertThat(errors("correct horse battery!", "correct horse battery", null)).isEmpty();
    }

    @Test
    void check_shouldRefuseTheUsername() {
        assertThat(errors("Martin.Helene", null, "martin.helene")).extracting(FieldError::code)
                .containsExactly("same_as_username");
    }

    @Test
    void check_shouldReportOnTheGivenField() {
        assertThat(errors("short", null, null)).extracting(FieldError::field).containsExactly("newPassword");
    }

    private static List<FieldError> errors(String password, String current, String username) {
        Checks checks = new Checks();
        PasswordPolicy.check(checks, "newPassword", password, current, username);
        return checks.errors();
    }
}
