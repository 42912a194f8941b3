package org.hygie.patients.server.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.hygie.core.paging.Page;
import org.hygie.core.problem.HygieException;
import org.hygie.core.security.AuthenticatedUser;
import org.hygie.core.security.Role;
import org.hygie.patients.api.Allergy;
import org.hygie.patients.api.AllergyInput;
import org.hygie.patients.api.AllergySeverity;
import org.hygie.patients.api.Patient;
import org.hygie.patients.api.PatientCreated;
import org.hygie.patients.api.PatientInput;
import org.hygie.patients.api.PatientSummary;
import org.hygie.patients.api.PatientSummary.Match;
import org.hygie.patients.api.Sex;
import org.hygie.platform.persistence.DatabaseClock;
import org.hygie.platform.persistence.Transactions;
import org.hygie.platform.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import jakarta.persistence.EntityManager;

/**
 * The service on a real PostgreSQL: the area's migrations and entities as the persistence extender
 * migrates and boots them, with its Transactions (test-support); then the rules that only the
 * database can show (sequence, trigram dictionary, versioned updates, the search SQL) are checked.
 * The demo patients are the data.
 */
class PatientsServiceDbTest {
    private static final AuthenticatedUser DOCTOR = new AuthenticatedUser(UUID.randomUUID(), "dr.martin", "Dr Martin",
            Role.DOCTOR, false);

    @RegisterExtension
    static final TestDatabase DB = TestDatabase.of("patients");

    private static PatientsService service;
    /** Run just before the next flush of a write transaction: simulates a concurrent commit. */
    private static volatile Runnable beforeFlush;

    /**
     * The unit's real Transactions, handing the work an entity manager whose next flush first runs
     * {@link #beforeFlush}: the moment another request may commit in between.
     */
    static final class FlushHook implements Transactions {
        private final Transactions real;

        FlushHook(Transactions real) {
            this.real = real;
        }

        @Override
        public String unit() {
            return real.unit();
        }

        @Override
        public <T> T inTransaction(Function<EntityManager, T> work) {
            return real.inTransaction(em -> work.apply(interceptFlush(em)));
        }

        @Override
        public <T> T readOnly(Function<EntityManager, T> work) {
            return real.readOnly(work);
        }

        private static EntityManager interceptFlush(EntityManager em) {
            return (EntityManager) Proxy.newProxyInstance(PatientsServiceDbTest.class.getClassLoader(),
                    new Class<?>[] {EntityManager.class}, (proxy, method, args) -> {
                        Runnable r = beforeFlush;
                        if (method.getName().equals("flush") && r != null) {
                            beforeFlush = null;
                            r.run();
                        }
                        try {
                            return method.invoke(em, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }

    @BeforeAll
    static void start() {
        service = new PatientsService();
        service.tx = new FlushHook(DB.transactions("patients"));
        DemoPatients demo = new DemoPatients();
        demo.patients = service;
        demo.activate();
    }

    private static PatientInput input(String last, String first, LocalDate birth) {
        return new PatientInput(last, first, birth, Sex.FEMALE, null, null, null, null, null);
    }

    private static List<String> names(Page<PatientSummary> page) {
        return page.items().stream().map(s -> s.match() + " " + s.lastName() + " " + s.firstName()).toList();
    }

    @Test
    void activate_shouldSeedTheDemoPatientsOnce() {
        long before = service.search(null, null, 0, 1).total();
        DemoPatients again = new DemoPatients();
        again.patients = service;
        again.activate();
        assertThat(service.search(null, null, 0, 1).total()).isEqualTo(before).isGreaterThanOrEqualTo(50);
        assertThat(service.hasDemoPatients()).isTrue();
    }

    @Test
    void create_shouldAssignUniqueRecordNumbersWithACheckDigit() {
        Patient a = service.create(DOCTOR, input("Zébulon", "Ana", LocalDate.of(2000, 1, 1)), false).patient();
        Patient b = service.create(DOCTOR, input("Zébulon", "Bea", LocalDate.of(2000, 1, 2)), false).patient();
        assertThat(List.of(a.mrn(), b.mrn())).allMatch(MedicalRecordNumbers::isValid);
        assertThat(Long.parseLong(b.mrn().substring(0, 8))).isGreaterThan(Long.parseLong(a.mrn().substring(0, 8)));
        assertThat(service.get(a.id())).isEqualTo(a);
    }

    @Test
    void create_shouldListSameNormalisedNamesAndBirthDateAsPossibleDuplicates() {
        // The demo data holds "Dupont Hélène" and "DUPONT Helene", born 1948-03-12.
        PatientCreated created = service.create(DOCTOR, input(" dupont ", "HÉLÈNE", LocalDate.of(1948, 3, 12)), false);
        assertThat(created.possibleDuplicates()).hasSizeGreaterThanOrEqualTo(2)
                .allMatch(d -> d.birthDate().equals(LocalDate.of(1948, 3, 12)))
                .noneMatch(d -> d.id().equals(created.patient().id()));
        assertThat(created.patient().lastName()).isEqualTo("dupont");
        PatientCreated other = service.create(DOCTOR, input("Dupont", "Hélène", LocalDate.of(1948, 3, 13)), false);
        assertThat(other.possibleDuplicates()).isEmpty();
    }

    @Test
    void update_shouldBumpTheVersionAndRefuseAStaleOneWith409() {
        Patient p = service.create(DOCTOR, input("Versionné", "Paul", LocalDate.of(1970, 5, 5)), false).patient();
        Patient updated = service.update(DOCTOR, p.id(), new PatientInput("Versionné", "Paul", p.birthDate(), Sex.MALE,
                "01 23 45 67 89", null, null, null, p.version()));
        assertThat(updated.version()).isEqualTo(p.version() + 1);
        assertThat(updated.mrn()).isEqualTo(p.mrn());
        assertThat(updated.sex()).isEqualTo(Sex.MALE);
        HygieException stale = catchThrowableOfType(() -> service.update(DOCTOR, p.id(), new PatientInput("X", "Y",
                p.birthDate(), Sex.MALE, null, null, null, null, p.version())), HygieException.class);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.properties()).containsEntry("currentVersion", updated.version());
        assertThat(service.get(p.id()).lastName()).isEqualTo("Versionné");
    }

    @Test
    void update_shouldRefuseWith409WhenAnotherUpdateCommitsMeanwhile() {
        Patient p = service.create(DOCTOR, input("Concurrent", "Clara", LocalDate.of(1980, 8, 8)), false).patient();
        beforeFlush = () -> DB.execute("UPDATE patients_patient SET version = version + 1 WHERE id = '" + p.id() + "'");
        HygieException e = catchThrowableOfType(() -> service.update(DOCTOR, p.id(), new PatientInput("Lost", "Update",
                p.birthDate(), Sex.FEMALE, null, null, null, null, p.version())), HygieException.class);
        assertThat(e.status()).isEqualTo(409);
        assertThat(e.properties()).containsEntry("currentVersion", p.version() + 1);
        assertThat(service.get(p.id()).lastName()).isEqualTo("Concurrent");
    }

    @Test
    void createAndUpdate_shouldStampWhenAndWhoAtTheDatabasesPrecision() throws SQLException {
        AuthenticatedUser secretary = new AuthenticatedUser(UUID.randomUUID(), "sec.petit", "Chloé Petit",
                Role.SECRETARY, false);
        Instant created = Instant.parse("2026-11-29T08:00:00.123456789Z");
        Instant changed = Instant.parse("2026-11-29T09:15:00.000000999Z");
        DatabaseClock real = service.clock;
        Patient p;
        Patient updated;
        try {
            service.clock = DatabaseClock.fixed(created);
            p = service.create(DOCTOR, input("Horodaté", "Hugo", LocalDate.of(1971, 1, 1)), false).patient();
            service.clock = DatabaseClock.fixed(changed);
            updated = service.update(secretary, p.id(), new PatientInput("Horodaté", "Hugo", p.birthDate(),
                    Sex.MALE, null, null, null, null, p.version()));
        } finally {
            service.clock = real;
        }
        assertThat(p.createdAt()).isEqualTo(p.updatedAt()).isEqualTo(Instant.parse("2026-11-29T08:00:00.123456Z"));
        assertThat(updated.createdAt()).isEqualTo(p.createdAt());
        assertThat(updated.updatedAt()).isEqualTo(Instant.parse("2026-11-29T09:15:00Z"));
        assertThat(service.get(p.id())).as("what a later read gives back").isEqualTo(updated);
        try (Connection c = DB.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT created_by, updated_by FROM patients_patient WHERE id = '"
                        + p.id() + "'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getObject(1)).isEqualTo(DOCTOR.userId());
            assertThat(rs.getObject(2)).isEqualTo(secretary.userId());
        }
    }

    @Test
    void demoPatients_shouldBeRecordedAsTheSystemWithoutAUserId() throws SQLException {
        try (Connection c = DB.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*), count(created_by), count(updated_by) "
                        + "FROM patients_patient WHERE demo");
                Statement a = c.createStatement();
                ResultSet allergies = a.executeQuery("SELECT DISTINCT noted_by_id IS NULL, noted_by_name "
                        + "FROM patients_allergy al JOIN patients_patient p ON p.id = al.patient_id WHERE p.demo")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong(1)).isGreaterThanOrEqualTo(50);
            assertThat(rs.getLong(2)).isZero();
            assertThat(rs.getLong(3)).isZero();
            assertThat(allergies.next()).isTrue();
            assertThat(allergies.getBoolean(1)).isTrue();
            assertThat(allergies.getString(2)).isEqualTo("Hygie demo");
            assertThat(allergies.next()).isFalse();
        }
    }

    @Test
    void get_shouldAnswer404ForAnUnknownPatient() {
        HygieException e = catchThrowableOfType(() -> service.get(UUID.randomUUID()), HygieException.class);
        assertThat(e.status()).isEqualTo(404);
        HygieException allergies = catchThrowableOfType(() -> service.allergies(UUID.randomUUID()), HygieException.class);
        assertThat(allergies.status()).isEqualTo(404);
    }

    @Test
    void addAllergy_shouldRecordWhoAndListOldestFirst() {
        Patient p = service.create(DOCTOR, input("Allergique", "Alice", LocalDate.of(1990, 9, 9)), false).patient();
        Allergy first = service.addAllergy(DOCTOR, p.id(), new AllergyInput("Pénicilline", " Urticaire ", AllergySeverity.SEVERE));
        Allergy second = service.addAllergy(DOCTOR, p.id(), new AllergyInput("Latex", " ", AllergySeverity.MILD));
        assertThat(service.allergies(p.id()).allergies()).containsExactly(first, second);
        assertThat(first.notedBy()).isEqualTo("Dr Martin");
        assertThat(first.reaction()).isEqualTo("Urticaire");
        assertThat(second.reaction()).isNull();
    }

    @Test
    void search_shouldIgnoreAccentsAndCase() {
        assertThat(names(service.search("helene", null, 0, 20))).contains("EXACT Dupont Hélène", "EXACT Dupond Hélène");
        assertThat(names(service.search("SÉGOLÈNE", null, 0, 20))).contains("EXACT Ségolène Anaïs", "EXACT Lacroix Ségolène");
    }

    @Test
    void search_shouldMatchPrefixesOfLastThenFirstNameInEitherOrder() {
        assertThat(names(service.search("lef", null, 0, 20))).contains("PREFIX Lefèvre François", "PREFIX Lefebvre Zoé");
        assertThat(names(service.search("zoe lefeb", null, 0, 20))).containsExactly("PREFIX Lefebvre Zoé");
        assertThat(names(service.search("lefeb zo", null, 0, 20))).containsExactly("PREFIX Lefebvre Zoé");
        assertThat(names(service.search("jean-pi mar", null, 0, 20))).containsExactly("PREFIX Martin Jean-Pierre");
        assertThat(names(service.search("d'aubi", null, 0, 20))).containsExactly("PREFIX D'Aubigné Théophile");
    }

    @Test
    void search_shouldRankExactBeforePrefixBeforeTypos() {
        List<String> found = names(service.search("dupond", null, 0, 20));
        assertThat(found.get(0)).isEqualTo("EXACT Dupond Hélène");
        assertThat(found).contains("FUZZY Dupont Hélène");
        assertThat(service.search("dupond", null, 0, 20).items()).extracting(PatientSummary::match)
                .isSortedAccordingTo(java.util.Comparator.naturalOrder());
    }

    @Test
    void search_shouldListAPatientMatchingSeveralWaysOnceUnderItsBestMatch() {
        Patient p = service.create(DOCTOR, input("Marceau", "Marceau", LocalDate.of(1971, 7, 1)), false).patient();

        // exact as last name, exact as first name, prefix of both: one line, EXACT
        assertThat(service.search("marceau", null, 0, 20).items()).filteredOn(s -> s.id().equals(p.id()))
                .singleElement().satisfies(s -> assertThat(s.match()).isEqualTo(Match.EXACT));
        assertThat(service.search("marc", null, 0, 20).items()).filteredOn(s -> s.id().equals(p.id()))
                .singleElement().satisfies(s -> assertThat(s.match()).isEqualTo(Match.PREFIX));
    }

    @Test
    void search_shouldApplyTheBirthDateToTyposToo() {
        // "Dupond Hélène" (1952-07-30) is the exact match of the name, but not of the date.
        List<String> found = names(service.search("dupond", "1948-03-12", 0, 20));

        assertThat(found).contains("FUZZY Dupont Hélène").noneMatch(n -> n.contains("Dupond"));
        assertThat(service.search("dupond", "1948-03-12", 0, 20).items())
                .allMatch(s -> s.birthDate().equals(LocalDate.of(1948, 3, 12)));
    }

    @Test
    void search_shouldTolerateTyposInTheLastName() {
        assertThat(names(service.search("Lefebre", null, 0, 20))).contains("FUZZY Lefebvre Zoé");
        assertThat(names(service.search("Barthelemi", null, 0, 20))).contains("FUZZY Barthélemy Agnès");
        assertThat(names(service.search("guerrin etienne", null, 0, 20))).containsExactly("FUZZY Guérin Étienne");
    }

    @Test
    void search_shouldFindOnlyTheRecordNumberWhenGivenOne() {
        Patient p = service.create(DOCTOR, input("Numéro", "Nina", LocalDate.of(1999, 9, 9)), false).patient();
        Page<PatientSummary> page = service.search(p.mrn().substring(0, 4) + " " + p.mrn().substring(4), null, 0, 20);
        assertThat(page.items()).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo(p.id());
            assertThat(s.match()).isEqualTo(Match.EXACT);
        });
        assertThat(page.total()).isEqualTo(1);
    }

    @Test
    void search_shouldCombineWithTheBirthDate() {
        assertThat(names(service.search("hel", "1952-07-30", 0, 20))).containsExactly("PREFIX Dupond Hélène");
        assertThat(names(service.search(null, "1963-12-25", 0, 20))).containsExactly("ALL Noël Bénédicte");
    }

    @Test
    void search_shouldPageWithAStableTotal() {
        Page<PatientSummary> first = service.search("e", null, 0, 2);
        Page<PatientSummary> second = service.search("e", null, 1, 2);
        assertThat(first.items()).hasSize(2);
        assertThat(second.total()).isEqualTo(first.total());
        assertThat(second.items()).doesNotContainAnyElementsOf(first.items());
        assertThat(first.page()).isZero();
        assertThat(second.size()).isEqualTo(2);
    }

    @Test
    void search_shouldFindARenamedPatientByItsNewNameWithTypos() {
        Patient p = service.create(DOCTOR, input("Avant", "Rose", LocalDate.of(1960, 6, 6)), false).patient();
        service.update(DOCTOR, p.id(), new PatientInput("Quatremère", "Rose", p.birthDate(), Sex.FEMALE, null, null, null,
                null, p.version()));
        // The trigger put the new last name in the typo dictionary.
        assertThat(names(service.search("quatremere", null, 0, 20))).containsExactly("EXACT Quatremère Rose");
        assertThat(names(service.search("quatremert", null, 0, 20))).containsExactly("FUZZY Quatremère Rose");
    }
}
