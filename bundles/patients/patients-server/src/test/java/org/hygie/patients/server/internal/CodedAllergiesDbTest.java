package org.hygie.patients.server.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.UUID;

import org.hygie.core.problem.HygieException;
import org.hygie.core.security.AuthenticatedUser;
import org.hygie.core.security.Role;
import org.hygie.patients.api.Allergy;
import org.hygie.patients.api.AllergyCorrection;
import org.hygie.patients.api.AllergyInput;
import org.hygie.patients.api.AllergySeverity;
import org.hygie.patients.api.Patient;
import org.hygie.patients.api.PatientInput;
import org.hygie.patients.api.Sex;
import org.hygie.platform.testsupport.TestDatabase;
import org.hygie.terminology.server.internal.ShippedMedicationKnowledge;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Allergies coded with an allergen of the terminology catalogue (the catalogue as shipped), or
 * kept as free text; a code the catalogue does not hold is refused.
 */
class CodedAllergiesDbTest {
    private static final AuthenticatedUser MARTIN = new AuthenticatedUser(UUID.randomUUID(), "dr.martin", "Dr Martin",
            Role.DOCTOR, false);

    @RegisterExtension
    static final TestDatabase DB = TestDatabase.of("patients");

    private static PatientsService service;

    @BeforeAll
    static void start() {
        service = new PatientsService();
        service.tx = DB.transactions("patients");
        service.knowledge = new ShippedMedicationKnowledge();
    }

    private static Patient newPatient() {
        return service.create(MARTIN, new PatientInput("Codee", "Anna", LocalDate.of(1975, 1, 2), Sex.FEMALE, null,
                null, null, null, null), false).patient();
    }

    @Test
    void addAllergy_shouldKeepTheAllergenCodeOfTheCatalogue() {
        Patient p = newPatient();
        Allergy coded = service.addAllergy(MARTIN, p.id(),
                new AllergyInput("Pénicillines", "Urticaire", AllergySeverity.SEVERE, "atc:J01C"));
        assertThat(coded.allergenCode()).isEqualTo("atc:J01C");
        assertThat(service.allergies(p.id()).allergies()).extracting(Allergy::allergenCode).containsExactly("atc:J01C");
        Allergy free = service.addAllergy(MARTIN, p.id(), new AllergyInput("Latex", null, AllergySeverity.MILD));
        assertThat(free.allergenCode()).isNull();
        Allergy blank = service.addAllergy(MARTIN, p.id(), new AllergyInput("Arachide", null, AllergySeverity.MILD, " "));
        assertThat(blank.allergenCode()).isNull();
    }

    @Test
    void addAllergy_shouldRefuseACodeTheCatalogueDoesNotHold() {
        Patient p = newPatient();
        HygieException e = catchThrowableOfType(HygieException.class, () -> service.addAllergy(MARTIN, p.id(),
                new AllergyInput("Chocolat", null, AllergySeverity.MILD, "inn:chocolat")));
        assertThat(e.status()).isEqualTo(422);
        assertThat(e.errors()).extracting(f -> f.field() + " " + f.code()).containsExactly("allergenCode unknown_allergen");
        assertThat(service.allergies(p.id()).allergies()).isEmpty();
    }

    @Test
    void addAllergy_shouldRefuseACodeWhenNoCatalogueIsInstalled() {
        PatientsService without = new PatientsService();
        without.tx = DB.transactions("patients");
        Patient p = newPatient();
        HygieException e = catchThrowableOfType(HygieException.class, () -> without.addAllergy(MARTIN, p.id(),
                new AllergyInput("Amoxicilline", null, AllergySeverity.MILD, "inn:amoxicilline")));
        assertThat(e.status()).isEqualTo(422);
        assertThat(without.addAllergy(MARTIN, p.id(), new AllergyInput("Amoxicilline", null, AllergySeverity.MILD))
                .allergenCode()).isNull();
    }

    @Test
    void correctAllergy_shouldCodeAFreeTextAllergyAndKeepTheFormerCode() {
        Patient p = newPatient();
        Allergy free = service.addAllergy(MARTIN, p.id(), new AllergyInput("amoxicilline", null, AllergySeverity.MODERATE));
        Allergy coded = service.correctAllergy(MARTIN, p.id(), free.id(),
                new AllergyCorrection("Amoxicilline", null, AllergySeverity.MODERATE, free.version(), "inn:amoxicilline"));
        assertThat(coded.allergenCode()).isEqualTo("inn:amoxicilline");
        Allergy recoded = service.correctAllergy(MARTIN, p.id(), free.id(),
                new AllergyCorrection("Pénicillines", null, AllergySeverity.MODERATE, coded.version(), "atc:J01C"));
        assertThat(recoded.allergenCode()).isEqualTo("atc:J01C");
        assertThat(DB.queryLong("SELECT count(*) FROM patients_allergy_revision WHERE allergy_id = '" + free.id()
                + "' AND allergen_code = 'inn:amoxicilline'")).isEqualTo(1);
        HygieException e = catchThrowableOfType(HygieException.class, () -> service.correctAllergy(MARTIN, p.id(),
                free.id(), new AllergyCorrection("X", null, AllergySeverity.MILD, recoded.version(), "atc:Z99")));
        assertThat(e.status()).isEqualTo(422);
    }
}
