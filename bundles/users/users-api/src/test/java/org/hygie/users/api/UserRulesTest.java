package org.hygie.users.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.hygie.core.problem.FieldRules;
import org.hygie.core.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The field rules of the accounts inputs, with the codes clients read. */
class UserRulesTest {
    private static final String PASSWORD = "Temporary-pass-1";

    private static List<String> codes(Object input) {
        return FieldRules.check(input).stream().map(e -> e.field() + ":" + e.code()).toList();
    }

    private static List<String> username(String name) {
        return codes(new NewUser(name, "Dr Martin", Role.DOCTOR, PASSWORD));
    }

    private static List<String> password(String password) {
        return codes(new PasswordReset(password));
    }

    @Test
    void normalizeUsername_shouldTrimAndLowerCase() {
        assertThat(UserRules.normalizeUsername("  Dr.Martin ")).isEqualTo("dr.martin");
        assertThat(UserRules.normalizeUsername(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "dr.martin", "bio_durand-2", "a.b", "0123456789012345678901234567890123456789012345678901234567890123"})
    void username_shouldAcceptAllowedNames(String name) {
        assertThat(UserRules.isUsername(name)).isTrue();
        assertThat(username(name)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "dr martin", "hélène", "dr@martin", "dr/martin",
            "01234567890123456789012345678901234567890123456789012345678901234"})
    void username_shouldRefuseOtherNames(String name) {
        assertThat(UserRules.isUsername(name)).isFalse();
        assertThat(username(name)).singleElement().asString().startsWith("username:");
    }

    @Test
    void username_shouldBeCheckedTrimmedAndInLowerCase() {
        assertThat(UserRules.isUsername("Dr.Martin")).isFalse();
        assertThat(username(" Dr.Martin ")).isEmpty();
    }

    @Test
    void username_shouldSayWhy() {
        assertThat(username(null)).containsExactly("username:required");
        assertThat(username("  ")).containsExactly("username:required");
        assertThat(username("ab")).containsExactly("username:length");
        assertThat(username("a".repeat(65))).containsExactly("username:length");
        assertThat(username("dr martin")).containsExactly("username:format");
    }

    @Test
    void newUser_shouldListEveryMissingField() {
        assertThat(codes(new NewUser(null, " ", null, null))).containsExactlyInAnyOrder("username:required",
                "displayName:required", "role:required", "temporaryPassword:required");
        assertThat(codes(new NewUser("dr.x", "x".repeat(201), Role.DOCTOR, PASSWORD)))
                .containsExactly("displayName:too_long");
    }

    @Test
    void userUpdate_shouldRequireANameAndARole() {
        assertThat(codes(new UserUpdate("", null))).containsExactlyInAnyOrder("displayName:required", "role:required",
                "version:required");
        assertThat(codes(new UserUpdate("Dr Martin", Role.ADMIN, 0L))).isEmpty();
    }

    @Test
    void password_shouldAccept12To128Characters() {
        assertThat(password(varied(12))).isEmpty();
        assertThat(password(varied(128))).isEmpty();
    }

    @Test
    void password_shouldRefuseTrivialAndCommonOnesWhateverTheirLength() {
        assertThat(password("aaaaaaaaaaaa")).containsExactly("temporaryPassword:trivial_password");
        assertThat(password("123456789012")).containsExactly("temporaryPassword:trivial_password");
        assertThat(password("passwordpassword")).containsExactly("temporaryPassword:common_password");
    }

    /** The first characters of a sentence: neither repetitive nor a sequence nor common. */
    private static String varied(int length) {
        String text = "Le chat gris dort sous le vieux tilleul du jardin pendant que la pluie tombe doucement "
                + "sur les toits de la ville endormie et que personne ne songe encore au matin";
        return text.substring(0, length);
    }

    @Test
    void password_shouldRefuseTooShortOrTooLong() {
        assertThat(password("a".repeat(11))).containsExactly("temporaryPassword:too_short");
        assertThat(password("a".repeat(129))).containsExactly("temporaryPassword:too_long");
    }

    @Test
    void password_shouldCountCharactersNotUtf16Units() {
        // 12 emoji are 24 UTF-16 units but 12 characters: long enough, and 128 of them not too long
        String twelve = "😀🍎🚲🌧🎹🦊🏥🧪📎🕰🌻🐢";
        assertThat(password(twelve)).isEmpty();
        assertThat(password(twelve.repeat(10) + twelve.substring(0, 16))).isEmpty();
        assertThat(password("😀".repeat(11))).containsExactly("temporaryPassword:too_short");
    }

    @Test
    void password_shouldBeOptionalOnAResetButNotEmpty() {
        assertThat(password(null)).isEmpty();
        assertThat(password("")).containsExactly("temporaryPassword:required");
    }

    @Test
    void newUser_shouldRefuseTheUsernameAsPassword() {
        assertThat(codes(new NewUser("Martin.Helene", "Hélène Martin", Role.DOCTOR, " MARTIN.HELENE  ")))
                .containsExactly("temporaryPassword:same_as_username");
        assertThat(codes(new NewUser("martin.helene", "Hélène Martin", Role.DOCTOR, "martin.helene!")))
                .containsExactly("temporaryPassword:contains_name");
        assertThat(codes(new NewUser("dr.durand", "Dr Hélène Martin", Role.DOCTOR, "Jolie-HELENE-2026")))
                .containsExactly("temporaryPassword:contains_name");
        assertThat(codes(new NewUser("dr.durand", "Dr Hélène Martin", Role.DOCTOR, "Cerisier-en-fleur-7"))).isEmpty();
        assertThat(codes(new NewUser("martin.helene.x", "Hélène Martin", Role.DOCTOR, "Martin.Helene.X")))
                .containsExactly("temporaryPassword:same_as_username");
    }
}
