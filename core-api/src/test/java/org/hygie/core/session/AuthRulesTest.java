package org.hygie.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.hygie.core.problem.FieldRules;
import org.junit.jupiter.api.Test;

/** The field rules of the auth inputs, with the codes clients read. */
class AuthRulesTest {
    private static List<String> codes(Object input) {
        return FieldRules.check(input).stream().map(e -> e.field() + ":" + e.code()).toList();
    }

    @Test
    void credentials_shouldRequireBothFields() {
        assertThat(codes(new Credentials(null, ""))).containsExactly("password:required", "username:required");
        assertThat(codes(new Credentials("dr.martin", "x"))).isEmpty();
    }

    @Test
    void passwordChange_shouldRequireTheCurrentPasswordAndAGoodNewOne() {
        assertThat(codes(new PasswordChange(" ", null))).containsExactly("currentPassword:required",
                "newPassword:required");
        assertThat(codes(new PasswordChange("Temporary-pass-1", "short"))).containsExactly("newPassword:too_short");
        assertThat(codes(new PasswordChange("Temporary-pass-1", "x".repeat(129)))).containsExactly("newPassword:too_long");
        assertThat(codes(new PasswordChange("Temporary-pass-1", "My-own-password-42"))).isEmpty();
    }

    @Test
    void passwordChange_shouldRefuseTheCurrentPasswordAsTheNewOne() {
        assertThat(codes(new PasswordChange("correct horse battery", "correct horse battery")))
                .containsExactly("newPassword:same_as_current");
        assertThat(codes(new PasswordChange("correct horse battery", "correct horse battery!"))).isEmpty();
    }
}
