package org.hygie.patients.server.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.hygie.core.problem.HygieException;
import org.hygie.core.security.AuthenticatedUser;
import org.hygie.core.security.Role;
import org.hygie.patients.api.Allergy;
import org.hygie.patients.api.AllergyCorrection;
import org.hygie.patients.api.AllergyInput;
import org.hygie.patients.api.AllergyRetraction;
import org.hygie.patients.api.AllergySeverity;
import org.hygie.patients.api.AllergyStatement;
import org.hygie.patients.api.AllergyStatus;
import org.hygie.patients.api.Patient;
import org.hygie.patients.api.PatientAllergies;
import org.hygie.patients.api.PatientInput;
import org.hygie.patients.api.Sex;
import org.hygie.platform.persistence.DatabaseClock;
import org.hygie.platform.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Allergies as clinical data on a real PostgreSQL: never deleted, corrected with the old values
 * kept, marked entered in error, and the difference between "no known allergy" (stated by someone)
 * and "not recorded" (nobody asked).
 */
class AllergiesDbTest {
    private static final AuthenticatedUser MARTIN = new AuthenticatedUser(UUID.randomUUID(), "dr.martin", "Dr Martin",
            Role.DOCTOR, false);
    private static final AuthenticatedUser BERNARD = new AuthenticatedUser(UUID.randomUUID(), "dr.bernard",
            "Dr Bernard", Role.DOCTOR, false);

    @RegisterExtension
    static final TestDatabase DB = TestDatabase.of("patients");

    private static PatientsService service;

    @BeforeAll
    static void start() {
        service = new PatientsService();
        service.tx = DB.transactions("patients");
    }

    private static Patient newPatient() {
        return service.create(MARTIN, new PatientInput("Allergique", "Alix" + UUID.randomUUID().toString().substring(0, 4)
                .replaceAll("[0-9]", "x"), LocalDate.of(1980, 5, 5), Sex.FEMALE, null, null, null, null, null), false)
                .patient();
    }

    @Test
    void allergies_shouldSayNotRecordedThenNoneKnownThenRecorded() {
        Patient p = newPatient();
        assertThat(service.allergies(p.id()).statement()).isEqualTo(AllergyStatement.NOT_RECORDED);

        PatientAllergies stated = service.stateNoKnownAllergy(MARTIN, p.id());
        assertThat(stated.statement()).isEqualTo(AllergyStatement.NONE_KNOWN);
        assertThat(stated.statedBy()).isEqualTo("Dr Martin");
        assertThat(stated.statedAt()).isNotNull();
        assertThat(service.allergies(p.id())).isEqualTo(stated);

        Allergy latex = service.addAllergy(BERNARD, p.id(), new AllergyInput("Latex", null, AllergySeverity.MILD));
        PatientAllergies recorded = service.allergies(p.id());
        assertThat(recorded.statement()).isEqualTo(AllergyStatement.RECORDED);
        assertThat(recorded.active()).containsExactly(latex);

        // The only allergy was a mistake: the earlier statement holds again.
        service.markAllergyEnteredInError(BERNARD, p.id(), latex.id(), new AllergyRetraction("Mauvais patient", latex.version()));
        PatientAllergies after = service.allergies(p.id());
        assertThat(after.statement()).isEqualTo(AllergyStatement.NONE_KNOWN);
        assertThat(after.allergies()).hasSize(1).allMatch(a -> a.status() == AllergyStatus.ENTERED_IN_ERROR);
    }

    @Test
    void stateNoKnownAllergy_shouldBeRefusedWhileAnAllergyStands() {
        Patient p = newPatient();
        service.addAllergy(MARTIN, p.id(), new AllergyInput("Iode", null, AllergySeverity.MODERATE));
        HygieException e = catchThrowableOfType(() -> service.stateNoKnownAllergy(MARTIN, p.id()), HygieException.class);
        assertThat(e.status()).isEqualTo(409);
        assertThat(service.allergies(p.id()).statedAt()).as("nothing stated").isNull();
        assertThat(catchThrowableOfType(() -> service.stateNoKnownAllergy(MARTIN, UUID.randomUUID()),
                HygieException.class).status()).isEqualTo(404);
    }

    @Test
    void correctAllergy_shouldStampWhoAndWhenAndKeepTheReplacedValues() throws SQLException {
        Patient p = newPatient();
        Allergy noted = service.addAllergy(MARTIN, p.id(), new AllergyInput("Pénicilline", "Urticaire", AllergySeverity.MODERATE));
        assertThat(noted.changedAt()).isNull();
        assertThat(noted.changedBy()).isNull();
        assertThat(noted.version()).isZero();
        Instant when = Instant.parse("2026-11-29T10:30:00.123456789Z");
        DatabaseClock real = service.clock;
        Allergy corrected;
        try {
            service.clock = DatabaseClock.fixed(when);
            corrected = service.correctAllergy(BERNARD, p.id(), noted.id(),
                    new AllergyCorrection("Amoxicilline", " Œdème ", AllergySeverity.SEVERE, noted.version()));
        } finally {
            service.clock = real;
        }
        assertThat(corrected.substance()).isEqualTo("Amoxicilline");
        assertThat(corrected.reaction()).isEqualTo("Œdème");
        assertThat(corrected.severity()).isEqualTo(AllergySeverity.SEVERE);
        assertThat(corrected.changedBy()).isEqualTo("Dr Bernard");
        assertThat(corrected.changedAt()).isEqualTo(Instant.parse("2026-11-29T10:30:00.123456Z"));
        assertThat(corrected.notedBy()).as("who first recorded it stays").isEqualTo("Dr Martin");
        assertThat(corrected.notedAt()).isEqualTo(noted.notedAt());
        assertThat(corrected.version()).isEqualTo(noted.version() + 1);
        assertThat(service.allergies(p.id()).allergies()).containsExactly(corrected);
        try (Connection c = DB.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT substance, reaction, severity, status, recorded_by_name, version"
                        + " FROM patients_allergy_revision WHERE allergy_id = '" + noted.id() + "'")) {
            assertThat(rs.next()).as("the replaced values are kept").isTrue();
            assertThat(rs.getString(1)).isEqualTo("Pénicilline");
            assertThat(rs.getString(2)).isEqualTo("Urticaire");
            assertThat(rs.getString(3)).isEqualTo("MODERATE");
            assertThat(rs.getString(4)).isEqualTo("ACTIVE");
            assertThat(rs.getString(5)).isEqualTo("Dr Martin");
            assertThat(rs.getLong(6)).isZero();
            assertThat(rs.next()).isFalse();
        }
    }

    @Test
    void correctAllergy_shouldRefuseAStaleVersionNamingTheCurrentOne() {
        Patient p = newPatient();
        Allergy noted = service.addAllergy(MARTIN, p.id(), new AllergyInput("Latex", null, AllergySeverity.MILD));
        service.correctAllergy(BERNARD, p.id(), noted.id(), new AllergyCorrection("Latex", "Eczéma", AllergySeverity.MILD, 0L));
        HygieException e = catchThrowableOfType(() -> service.correctAllergy(MARTIN, p.id(), noted.id(),
                new AllergyCorrection("Latex", "Prurit", AllergySeverity.MILD, 0L)), HygieException.class);
        assertThat(e.status()).isEqualTo(409);
        assertThat(e.properties()).containsEntry("currentVersion", 1L);
        assertThat(service.allergies(p.id()).allergies().get(0).reaction()).isEqualTo("Eczéma");
    }

    @Test
    void markAllergyEnteredInError_shouldKeepItAndRefuseAnyLaterChange() {
        Patient p = newPatient();
        Allergy noted = service.addAllergy(MARTIN, p.id(), new AllergyInput("Arachide", null, AllergySeverity.SEVERE));
        Allergy marked = service.markAllergyEnteredInError(BERNARD, p.id(), noted.id(),
                new AllergyRetraction(" Autre patient ", noted.version()));
        assertThat(marked.status()).isEqualTo(AllergyStatus.ENTERED_IN_ERROR);
        assertThat(marked.errorReason()).isEqualTo("Autre patient");
        assertThat(marked.changedBy()).isEqualTo("Dr Bernard");
        assertThat(marked.substance()).isEqualTo("Arachide");
        assertThat(service.allergies(p.id()).allergies()).containsExactly(marked);
        assertThat(service.allergies(p.id()).active()).isEmpty();

        HygieException again = catchThrowableOfType(() -> service.markAllergyEnteredInError(MARTIN, p.id(), noted.id(),
                new AllergyRetraction(null, marked.version())), HygieException.class);
        assertThat(again.status()).isEqualTo(409);
        HygieException corrected = catchThrowableOfType(() -> service.correctAllergy(MARTIN, p.id(), noted.id(),
                new AllergyCorrection("Noix", null, AllergySeverity.SEVERE, marked.version())), HygieException.class);
        assertThat(corrected.status()).isEqualTo(409);
    }

    @Test
    void changes_shouldAnswer404ForAnAllergyOfAnotherPatient() {
        Patient p = newPatient();
        Patient other = newPatient();
        Allergy noted = service.addAllergy(MARTIN, p.id(), new AllergyInput("Soja", null, AllergySeverity.MILD));
        assertThat(catchThrowableOfType(() -> service.correctAllergy(MARTIN, other.id(), noted.id(),
                new AllergyCorrection("Soja", null, AllergySeverity.MILD, 0L)), HygieException.class).status()).isEqualTo(404);
        assertThat(catchThrowableOfType(() -> service.markAllergyEnteredInError(MARTIN, other.id(), noted.id(),
                new AllergyRetraction(null, 0L)), HygieException.class).status()).isEqualTo(404);
        assertThat(catchThrowableOfType(() -> service.correctAllergy(MARTIN, p.id(), UUID.randomUUID(),
                new AllergyCorrection("Soja", null, AllergySeverity.MILD, 0L)), HygieException.class).status()).isEqualTo(404);
    }
}
