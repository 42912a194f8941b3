package org.hygie.patients.server.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;

import org.hygie.core.problem.FieldError;
import org.hygie.core.problem.HygieException;
import org.hygie.patients.api.AllergyInput;
import org.hygie.patients.api.AllergySeverity;
import org.hygie.patients.api.PatientInput;
import org.hygie.patients.api.Sex;
import org.junit.jupiter.api.Test;

class PatientValidatorTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static PatientInput valid() {
        return new PatientInput("Lefèvre", "Hélène", LocalDate.of(1955, 8, 14), Sex.FEMALE, "+33 6 12 34 56 78",
                "helene.lefevre@exemple.fr", "12 rue de la Paix, 75002 Paris", "2 55 08 14 168 025 38", null);
    }

    private static PatientInput with(String last, String first, LocalDate birth, Sex sex, String phone, String email,
            String address, String nir, Long version) {
        return new PatientInput(last, first, birth, sex, phone, email, address, nir, version);
    }

    private static List<String> codes(PatientInput in, boolean update) {
        HygieException e = catchThrowableOfType(() -> PatientValidator.validate(in, TODAY, update), HygieException.class);
        assertThat(e).as("expected a validation failure").isNotNull();
        assertThat(e.status()).isEqualTo(422);
        return e.errors().stream().map(err -> err.field() + ":" + err.code()).toList();
    }

    @Test
    void validate_shouldAcceptACompleteValidPatient() {
        assertThatCode(() -> PatientValidator.validate(valid(), TODAY, false)).doesNotThrowAnyException();
    }

    @Test
    void validate_shouldAcceptOnlyTheRequiredFields() {
        PatientInput in = with("Noël", "Zoé", LocalDate.of(2020, 1, 1), Sex.UNKNOWN, null, "", "  ", null, null);
        assertThatCode(() -> PatientValidator.validate(in, TODAY, false)).doesNotThrowAnyException();
    }

    @Test
    void validate_shouldListEveryMissingRequiredFieldAtOnce() {
        assertThat(codes(with(null, " ", null, null, null, null, null, null, null), false))
                .containsExactly("lastName:required", "firstName:required", "birthDate:required", "sex:required");
    }

    @Test
    void validate_shouldRefuseNamesLongerThan100Characters() {
        PatientInput in = with("a".repeat(101), "b".repeat(101), LocalDate.of(1990, 1, 1), Sex.MALE, null, null,
                null, null, null);
        assertThat(codes(in, false)).containsExactly("lastName:too_long", "firstName:too_long");
        PatientInput ok = with("a".repeat(100), "b".repeat(100), LocalDate.of(1990, 1, 1), Sex.MALE, null, null,
                null, null, null);
        assertThatCode(() -> PatientValidator.validate(ok, TODAY, false)).doesNotThrowAnyException();
    }

    @Test
    void validate_shouldRefuseNamesWithoutLettersOrWithControlCharacters() {
        PatientInput in = with("--", "Zo\té", LocalDate.of(1990, 1, 1), Sex.MALE, null, null, null, null, null);
        assertThat(codes(in, false)).containsExactly("lastName:invalid_characters", "firstName:invalid_characters");
    }

    @Test
    void validate_shouldRefuseABirthDateInTheFutureButAcceptToday() {
        PatientInput future = with("A", "B", TODAY.plusDays(1), Sex.MALE, null, null, null, null, null);
        assertThat(codes(future, false)).containsExactly("birthDate:in_future");
        PatientInput today = with("A", "B", TODAY, Sex.MALE, null, null, null, null, null);
        assertThatCode(() -> PatientValidator.validate(today, TODAY, false)).doesNotThrowAnyException();
    }

    @Test
    void validate_shouldRefuseABirthDateBefore1900ButAcceptItsFirstDay() {
        PatientInput old = with("A", "B", LocalDate.of(1899, 12, 31), Sex.MALE, null, null, null, null, null);
        assertThat(codes(old, false)).containsExactly("birthDate:too_old");
        PatientInput first = with("A", "B", LocalDate.of(1900, 1, 1), Sex.MALE, null, null, null, null, null);
        assertThatCode(() -> PatientValidator.validate(first, TODAY, false)).doesNotThrowAnyException();
    }

    @Test
    void validate_shouldCheckPhoneShapeAndLength() {
        LocalDate b = LocalDate.of(1990, 1, 1);
        assertThat(codes(with("A", "B", b, Sex.MALE, "call me", null, null, null, null), false))
                .containsExactly("phone:invalid_format");
        assertThat(codes(with("A", "B", b, Sex.MALE, "+1", null, null, null, null), false))
                .as("fewer than 4 digits").containsExactly("phone:invalid_format");
        assertThat(codes(with("A", "B", b, Sex.MALE, "1".repeat(31), null, null, null, null), false))
                .containsExactly("phone:too_long");
        assertThatCode(() -> PatientValidator.validate(with("A", "B", b, Sex.MALE, "(01) 23.45-67 89", null, null,
                null, null), TODAY, false)).doesNotThrowAnyException();
    }

    @Test
    void validate_shouldCheckEmailShapeAndLength() {
        LocalDate b = LocalDate.of(1990, 1, 1);
        for (String bad : List.of("helene", "helene@", "@exemple.fr", "helene@exemple", "he lene@exemple.fr",
                "a@b@exemple.fr", "helene@exemple..fr")) {
            assertThat(codes(with("A", "B", b, Sex.MALE, null, bad, null, null, null), false)).as(bad)
                    .containsExactly("email:invalid_format");
        }
        String tooLong = "a".repeat(250) + "@x.fr";
        assertThat(codes(with("A", "B", b, Sex.MALE, null, tooLong, null, null, null), false))
                .containsExactly("email:too_long");
        assertThatCode(() -> PatientValidator.validate(with("A", "B", b, Sex.MALE, null, "zoé.noël+rdv@chu-lyon.fr",
                null, null, null), TODAY, false)).doesNotThrowAnyException();
    }

    @Test
    void validate_shouldRefuseAnAddressLongerThan500Characters() {
        PatientInput in = with("A", "B", LocalDate.of(1990, 1, 1), Sex.MALE, null, null, "x".repeat(501), null, null);
        assertThat(codes(in, false)).containsExactly("address:too_long");
    }

    @Test
    void validate_shouldTellAMalformedNirFromAWrongKey() {
        LocalDate b = LocalDate.of(1955, 8, 14);
        assertThat(codes(with("A", "B", b, Sex.FEMALE, null, null, null, "12345", null), false))
                .containsExactly("nir:invalid_format");
        assertThat(codes(with("A", "B", b, Sex.FEMALE, null, null, null, "255081416802539", null), false))
                .containsExactly("nir:invalid_key");
    }

    @Test
    void validate_shouldRequireTheVersionOnUpdateOnly() {
        assertThat(codes(valid(), true)).containsExactly("version:required");
        PatientInput v = with("A", "B", LocalDate.of(1990, 1, 1), Sex.MALE, null, null, null, null, 3L);
        assertThatCode(() -> PatientValidator.validate(v, TODAY, true)).doesNotThrowAnyException();
    }

    @Test
    void validate_shouldAnswer400ForAMissingBody() {
        HygieException e = catchThrowableOfType(() -> PatientValidator.validate(null, TODAY, false), HygieException.class);
        assertThat(e.status()).isEqualTo(400);
    }

    @Test
    void validateAllergy_shouldRequireSubstanceAndSeverityAndLimitLengths() {
        HygieException e = catchThrowableOfType(() -> PatientValidator.validate(new AllergyInput(" ", "r".repeat(501),
                null)), HygieException.class);
        assertThat(e.errors()).extracting(FieldError::field, FieldError::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("substance", "required"),
                org.assertj.core.groups.Tuple.tuple("reaction", "too_long"),
                org.assertj.core.groups.Tuple.tuple("severity", "required"));
        HygieException tooLong = catchThrowableOfType(() -> PatientValidator.validate(new AllergyInput("s".repeat(201),
                null, AllergySeverity.MILD)), HygieException.class);
        assertThat(tooLong.errors()).extracting(FieldError::code).containsExactly("too_long");
        assertThatCode(() -> PatientValidator.validate(new AllergyInput("Pénicilline", null, AllergySeverity.UNKNOWN)))
                .doesNotThrowAnyException();
    }
}
