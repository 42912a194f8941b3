package org.hygie.patients.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.hygie.core.problem.FieldRules;
import org.junit.jupiter.api.Test;

/** The field rules of {@link PatientInput} and {@link AllergyInput}, with the codes clients read. */
class PatientRulesTest {
    private static final LocalDate BIRTH = LocalDate.of(1990, 1, 1);

    private static PatientInput valid() {
        return new PatientInput("Lefèvre", "Hélène", LocalDate.of(1955, 8, 14), Sex.FEMALE, "+33 6 12 34 56 78",
                "helene.lefevre@exemple.fr", "12 rue de la Paix, 75002 Paris", "2 55 08 14 168 025 38", null);
    }

    private static PatientInput with(String last, String first, LocalDate birth, Sex sex, String phone, String email,
            String address, String nir) {
        return new PatientInput(last, first, birth, sex, phone, email, address, nir, null);
    }

    private static List<String> codes(Object in) {
        return FieldRules.check(in).stream().map(err -> err.field() + ":" + err.code()).toList();
    }

    @Test
    void patient_shouldAcceptACompleteValidPatient() {
        assertThat(codes(valid())).isEmpty();
    }

    @Test
    void patient_shouldAcceptOnlyTheRequiredFields() {
        assertThat(codes(with("Noël", "Zoé", LocalDate.of(2020, 1, 1), Sex.UNKNOWN, null, "", "  ", null))).isEmpty();
        assertThat(codes(with("Noël", "Zoé", LocalDate.of(2020, 1, 1), Sex.UNKNOWN, "  ", null, null, " ")))
                .as("blank optional fields are absent").isEmpty();
    }

    @Test
    void patient_shouldListEveryMissingRequiredFieldAtOnce() {
        assertThat(codes(with(null, " ", null, null, null, null, null, null))).containsExactlyInAnyOrder(
                "lastName:required", "firstName:required", "birthDate:required", "sex:required");
    }

    @Test
    void patient_shouldRefuseNamesLongerThan100Characters() {
        assertThat(codes(with("a".repeat(101), "b".repeat(101), BIRTH, Sex.MALE, null, null, null, null)))
                .containsExactlyInAnyOrder("lastName:too_long", "firstName:too_long");
        assertThat(codes(with(" " + "a".repeat(100) + " ", "b".repeat(100), BIRTH, Sex.MALE, null, null, null, null)))
                .as("counted once trimmed").isEmpty();
    }

    @Test
    void patient_shouldRefuseNamesWithoutLettersOrWithControlCharacters() {
        assertThat(codes(with("--", "Zo\té", BIRTH, Sex.MALE, null, null, null, null)))
                .containsExactlyInAnyOrder("lastName:invalid_characters", "firstName:invalid_characters");
        assertThat(codes(with("\tDupont\n", "Zoé", BIRTH, Sex.MALE, null, null, null, null)))
                .as("surrounding blanks are trimmed").isEmpty();
    }

    @Test
    void patient_shouldRefuseABirthDateInTheFutureButAcceptToday() {
        LocalDate today = LocalDate.now();
        assertThat(codes(with("A", "B", today.plusDays(2), Sex.MALE, null, null, null, null)))
                .containsExactly("birthDate:in_future");
        assertThat(codes(with("A", "B", today.minusDays(1), Sex.MALE, null, null, null, null))).isEmpty();
    }

    @Test
    void patient_shouldRefuseABirthDateBefore1900ButAcceptItsFirstDay() {
        assertThat(codes(with("A", "B", LocalDate.of(1899, 12, 31), Sex.MALE, null, null, null, null)))
                .containsExactly("birthDate:too_old");
        assertThat(codes(with("A", "B", LocalDate.of(1900, 1, 1), Sex.MALE, null, null, null, null))).isEmpty();
    }

    @Test
    void patient_shouldCheckPhoneShapeAndLength() {
        assertThat(codes(with("A", "B", BIRTH, Sex.MALE, "call me", null, null, null)))
                .containsExactly("phone:invalid_format");
        assertThat(codes(with("A", "B", BIRTH, Sex.MALE, "+1", null, null, null)))
                .as("fewer than 4 digits").containsExactly("phone:invalid_format");
        assertThat(codes(with("A", "B", BIRTH, Sex.MALE, "1".repeat(31), null, null, null)))
                .containsExactly("phone:too_long");
        assertThat(codes(with("A", "B", BIRTH, Sex.MALE, "(01) 23.45-67 89", null, null, null))).isEmpty();
    }

    @Test
    void patient_shouldCheckEmailShapeAndLength() {
        for (String bad : List.of("helene", "helene@", "@exemple.fr", "helene@exemple", "he lene@exemple.fr",
                "a@b@exemple.fr", "helene@exemple..fr")) {
            assertThat(codes(with("A", "B", BIRTH, Sex.MALE, null, bad, null, null))).as(bad)
                    .containsExactly("email:invalid_format");
        }
        assertThat(codes(with("A", "B", BIRTH, Sex.MALE, null, "a".repeat(250) + "@x.fr", null, null)))
                .containsExactly("email:too_long");
        assertThat(codes(with("A", "B", BIRTH, Sex.MALE, null, "zoé.noël+rdv@chu-lyon.fr", null, null))).isEmpty();
    }

    @Test
    void patient_shouldRefuseAnAddressLongerThan500Characters() {
        assertThat(codes(with("A", "B", BIRTH, Sex.MALE, null, null, "x".repeat(501), null)))
                .containsExactly("address:too_long");
    }

    @Test
    void patient_shouldTellAMalformedNirFromAWrongKey() {
        assertThat(codes(with("A", "B", BIRTH, Sex.FEMALE, null, null, null, "12345"))).containsExactly("nir:invalid_format");
        assertThat(codes(with("A", "B", BIRTH, Sex.FEMALE, null, null, null, "255081416802539")))
                .containsExactly("nir:invalid_key");
        assertThat(codes(with("A", "B", BIRTH, Sex.FEMALE, null, null, null, "1".repeat(100_000))))
                .containsExactly("nir:invalid_format");
    }

    @Test
    void allergy_shouldRequireSubstanceAndSeverityAndLimitLengths() {
        assertThat(codes(new AllergyInput(" ", "r".repeat(501), null))).containsExactlyInAnyOrder("substance:required",
                "reaction:too_long", "severity:required");
        assertThat(codes(new AllergyInput("s".repeat(201), null, AllergySeverity.MILD))).containsExactly("substance:too_long");
        assertThat(codes(new AllergyInput("Pénicilline", null, AllergySeverity.UNKNOWN))).isEmpty();
    }
}
