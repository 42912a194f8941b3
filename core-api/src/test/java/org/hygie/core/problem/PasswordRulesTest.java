package org.hygie.core.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The rules a new password must pass beyond its length, and the codes a client reads. */
class PasswordRulesTest {
    record Input(@Password String password) {
    }

    @Test
    void weakness_shouldRefuseTheProbedPasswords() {
        assertThat(PasswordRules.weakness("aaaaaaaaaaaa")).contains(PasswordRules.TRIVIAL);
        assertThat(PasswordRules.weakness("123456789012")).contains(PasswordRules.TRIVIAL);
        assertThat(PasswordRules.weakness("passwordpassword")).contains(PasswordRules.COMMON);
    }

    @Test
    void weakness_shouldRefuseCommonPasswordsWholeRepeatedOrDressedUp() {
        assertThat(PasswordRules.weakness("leavemealone")).contains(PasswordRules.COMMON);
        assertThat(PasswordRules.weakness("Password1234")).contains(PasswordRules.COMMON);
        assertThat(PasswordRules.weakness("superman2024!")).contains(PasswordRules.COMMON);
        assertThat(PasswordRules.weakness("MotDePasse-2026")).contains(PasswordRules.COMMON);
        assertThat(PasswordRules.weakness("monkeymonkeymonkey")).contains(PasswordRules.COMMON);
    }

    @Test
    void weakness_shouldRefuseRepetitionsAndSequences() {
        assertThat(PasswordRules.weakness("abcdefghijkl")).contains(PasswordRules.TRIVIAL);
        assertThat(PasswordRules.weakness("azertyuiop12")).contains(PasswordRules.TRIVIAL);
        assertThat(PasswordRules.weakness("qwertyuiop!!")).contains(PasswordRules.TRIVIAL);
        assertThat(PasswordRules.weakness("987654321098")).contains(PasswordRules.TRIVIAL);
        assertThat(PasswordRules.weakness("abcabcabcabc")).contains(PasswordRules.TRIVIAL);
        assertThat(PasswordRules.weakness("1111aaaa2222bbbb")).contains(PasswordRules.TRIVIAL);
    }

    @Test
    void weakness_shouldRefuseTheNamesInside() {
        List<String> names = List.of("dr.martin", "Dr Hélène Martin");
        assertThat(PasswordRules.weakness("Dr.Martin-2026!", names)).contains(PasswordRules.CONTAINS_NAME);
        assertThat(PasswordRules.weakness("my-HELENE-is-great", names)).contains(PasswordRules.CONTAINS_NAME);
        assertThat(PasswordRules.weakness("Cerisier-en-fleur-7", names)).isEmpty();
    }

    @Test
    void weakness_shouldAcceptOrdinaryPassphrases() {
        assertThat(PasswordRules.weakness("Hygie-demo-1")).isEmpty();
        assertThat(PasswordRules.weakness("Temporary-pass-1")).isEmpty();
        assertThat(PasswordRules.weakness("My-own-password-42")).isEmpty();
        assertThat(PasswordRules.weakness("correct horse battery staple")).isEmpty();
        assertThat(PasswordRules.weakness("Le chat dort au soleil")).isEmpty();
    }

    @Test
    void passwordConstraint_shouldReportTheRuleByItsCode() {
        assertThat(FieldRules.check(new Input("aaaaaaaaaaaa"))).extracting(FieldError::code)
                .containsExactly(PasswordRules.TRIVIAL);
        assertThat(FieldRules.check(new Input("passwordpassword"))).extracting(FieldError::code)
                .containsExactly(PasswordRules.COMMON);
        assertThat(FieldRules.check(new Input("short"))).extracting(FieldError::code).containsExactly("too_short");
        assertThat(FieldRules.check(new Input("Cerisier-en-fleur-7"))).isEmpty();
    }

    @Test
    void message_shouldSayWhyInWords() {
        assertThat(FieldRules.check(new Input("123456789012")).get(0).message()).contains("sequences");
    }
}
