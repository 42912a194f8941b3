package org.hygie.patients.server.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;

import org.hygie.core.problem.HygieException;
import org.hygie.core.security.AuthenticatedUser;
import org.hygie.patients.api.Nir;
import org.hygie.patients.api.Patient;
import org.hygie.patients.api.PatientInput;
import org.hygie.patients.api.PatientSummary;
import org.hygie.patients.api.PatientSummary.Match;
import org.hygie.patients.api.Sex;
import org.hygie.platform.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Each form of query (issue 10) on a few thousand patients whose names are close to one another
 * (Martin, Martins, Martine, Marin, Martini; Jean, Jeanne, Jean-Pierre...), so that the ranking,
 * not the luck of a sparse table, puts the right patient first.
 */
class PatientSearchDbTest {
    @RegisterExtension
    static final TestDatabase DB = TestDatabase.of("patients");

    private static final AuthenticatedUser SECRETARY = AuthenticatedUser.system("Test secretary");
    private static final List<String> LAST = List.of("martin", "martins", "martine", "marin", "martini", "dupont",
            "dupond", "bonnet", "bonnel", "bonner", "pierre", "thierry");
    private static final List<String> FIRST = List.of("jean", "jeanne", "jean pierre", "pierre", "amelie", "amelia",
            "anais", "helene", "helena", "philippe", "marie", "anna");
    private static PatientsService service;

    @BeforeAll
    static void load() {
        service = new PatientsService();
        service.tx = DB.transactions("patients");
        // 12 x 12 names x 20 patients = 2,880 namesakes in bulk (lower-case ASCII names are their
        // own normalised form), then the patients each test looks for, created as the server does.
        service.tx.inTransaction(em -> em.createNativeQuery("""
                INSERT INTO patients_patient (id, mrn, last_name, first_name, last_norm, first_norm, birth_date, sex,
                                              created_at, updated_at, version)
                SELECT gen_random_uuid(), lpad((100000000 + row_number() OVER ())::text, 9, '0'), l, f, l, f,
                       DATE '1940-01-01' + (g * 37) % 20000, 'UNKNOWN', now(), now(), 0
                FROM unnest(CAST(:last AS text[])) l, unnest(CAST(:first AS text[])) f, generate_series(1, 20) g
                """).setParameter("last", "{" + String.join(",", LAST) + "}")
                .setParameter("first", "{" + String.join(",", FIRST.stream().map(n -> '"' + n + '"').toList()) + "}")
                .executeUpdate());
        create("Pierre", "Amélie", "1961-04-02", null);
        create("Bonnet", "Anaïs", "1977-09-15", null);
        create("Dupont", "Hélène", "1948-03-12", "2 48 03 75 112 001 67");
        create("Le Goff", "Jean-Pierre", "1955-05-05", null);
        create("de La Tour", "Marie-Anne", "1983-11-30", null);
        create("Martin", "Philippe", "1966-06-16", null);
    }

    private static Patient create(String last, String first, String birth, String nir) {
        return service.create(SECRETARY, new PatientInput(last, first, LocalDate.parse(birth), Sex.UNKNOWN, null, null,
                null, nir == null ? null : Nir.compact(nir), null), false).patient();
    }

    private static List<String> first(String q, int n) {
        return service.search(q, null, 0, Math.max(20, n)).items().stream().limit(n)
                .map(s -> s.match() + " " + NameNormalizer.normalize(s.lastName() + " " + s.firstName())).toList();
    }

    @Test
    void search_shouldForgiveATypoInTheFirstName_evenWithTheLastNameFirstOrSecond() {
        assertThat(first("Pierre Amleie", 1)).containsExactly("FUZZY pierre amelie");
        assertThat(first("amleie pierre", 1)).containsExactly("FUZZY pierre amelie");
        assertThat(first("JAEN MARTINI", 1)).containsExactly("FUZZY martini jean");
    }

    @Test
    void search_shouldForgiveATypoInAShortLastName() {
        assertThat(first("Bonnrt Anaïs", 1)).containsExactly("FUZZY bonnet anais");
        assertThat(first("anais bonnte", 1)).containsExactly("FUZZY bonnet anais");
    }

    @Test
    void search_shouldForgiveATypoInEachName() {
        // "helen" begins helena and helene alike: both come, in name order
        assertThat(first("Dupnot Helen", 41)).contains("FUZZY dupont helene")
                .allMatch(n -> n.equals("FUZZY dupont helene") || n.equals("FUZZY dupont helena"));
        assertThat(first("Dupnot Hélèen", 1)).containsExactly("FUZZY dupont helene");
        assertThat(first("bonnrt anias", 1)).containsExactly("FUZZY bonnet anais");
    }

    @Test
    void search_shouldRankExactThenBeginningThenFewerEdits() {
        List<PatientSummary> found = service.search("marin jean", null, 0, 20).items();
        assertThat(found).extracting(PatientSummary::match).isSortedAccordingTo(java.util.Comparator.naturalOrder());
        // 20 exact namesakes fill the page: typos are not looked for
        assertThat(found).hasSize(20).allMatch(s -> s.lastName().equals("marin") && s.firstName().equals("jean"));
        // + "marin jeanne" and "marin jean pierre" by their beginning
        assertThat(service.search("marin jean", null, 0, 20).total()).isEqualTo(20 + 40);

        // "martn" is one edit from martin (missing letter) and from marin (wrong letter), two
        // from martins, martine, martini: only the one-edit names come
        List<String> all = service.search("martn philippe", null, 0, 100).items().stream()
                .map(s -> s.lastName().toLowerCase()).distinct().toList();
        assertThat(all).containsExactly("marin", "martin");

        // "jeane" is one edit from jean, jeanne (and so jean pierre); "marin" one from martin:
        // the 60 patients at one edit (marin + jean*) before those at two (martin + jean*)
        List<String> ranked = first("marin jeane", 100);
        assertThat(ranked.subList(0, 60)).allMatch(n -> n.startsWith("FUZZY marin jean"));
        assertThat(ranked.subList(60, 100)).allMatch(n -> n.startsWith("FUZZY martin jean"));
    }

    @Test
    void search_shouldPutAPatientWhoseTwoNamesMatchedBeforeOneWhoseSingleNameDid() {
        // "jaen" (jean) and "pierre": as last name Pierre and first name Jean (both names), or both
        // in a first name Jean-Pierre of any last name (one name)
        List<String> found = first("jaen pierre", 41);
        assertThat(found.subList(0, 20)).containsOnly("FUZZY pierre jean");
        assertThat(found.subList(20, 40)).containsOnly("FUZZY pierre jean pierre");
        assertThat(found.get(40)).isEqualTo("FUZZY bonnel jean pierre");
    }

    @Test
    void search_shouldMatchCompoundNamesByEachPartAndAsAWhole() {
        assertThat(first("goff jean-pierre", 1)).containsExactly("PREFIX le goff jean pierre");
        assertThat(first("pierre le goff", 1)).containsExactly("PREFIX le goff jean pierre");
        assertThat(first("le goff jean pierre", 1)).containsExactly("EXACT le goff jean pierre");
        assertThat(first("tour anne", 1)).containsExactly("PREFIX de la tour marie anne");
        assertThat(first("de la tour marie anne", 1)).containsExactly("EXACT de la tour marie anne");
        assertThat(first("la tuor marie", 1)).containsExactly("FUZZY de la tour marie anne");
    }

    @Test
    void search_shouldForgiveNothingInWordsOfThreeLetters() {
        assertThat(service.search("ani bonnet", null, 0, 20).items()).as("anis: one edit, but 3 letters").isEmpty();
        assertThat(first("ann bonnel", 1)).containsExactly("PREFIX bonnel anna");
    }

    @Test
    void search_shouldFindTheRecordNumberOrTheNirExactly() {
        PatientSummary helene = service.search("dupont helene", null, 0, 50).items().stream()
                .filter(s -> s.lastName().equals("Dupont")).findFirst().orElseThrow();
        assertThat(service.search(helene.mrn(), null, 0, 20).items()).extracting(PatientSummary::id)
                .containsExactly(helene.id());
        assertThat(service.search("2 48 03 75 112 001 67", null, 0, 20).items()).extracting(PatientSummary::id)
                .containsExactly(helene.id());
        assertThat(service.search("248037511200182", null, 0, 20).items()).as("another NIR").isEmpty();
    }

    @Test
    void search_shouldNarrowToADateTypedAmongTheWords() {
        assertThat(first("dupont 12/03/1948", 5)).containsExactly("EXACT dupont helene");
        assertThat(first("1948-03-12 dupnot", 5)).containsExactly("FUZZY dupont helene");
        assertThat(service.search("12/03/1948", null, 0, 20).items()).extracting(PatientSummary::lastName)
                .contains("Dupont");
        HygieException e = catchThrowableOfType(() -> service.search("dupont 31/02/1948", null, 0, 20),
                HygieException.class);
        assertThat(e.status()).isEqualTo(422);
        assertThat(e.errors()).anyMatch(err -> err.field().equals("q") && err.code().equals("invalid_date"));
        HygieException conflict = catchThrowableOfType(() -> service.search("dupont 12/03/1948", "1950-01-01", 0, 20),
                HygieException.class);
        assertThat(conflict.errors()).anyMatch(err -> err.code().equals("conflicting_dates"));
    }

    @Test
    void search_shouldKeepPagingAndTotalsStableAcrossApproximatePages() {
        // "martinn" (extra letter) stands for martin, martins, martine and martini: 4 x 12 x 20 + 1 patients
        var one = service.search("martinn", null, 0, 50);
        var two = service.search("martinn", null, 1, 50);
        assertThat(one.total()).isEqualTo(two.total()).isEqualTo(Math.min(1000, 4 * 12 * 20 + 1));
        assertThat(one.items()).extracting(PatientSummary::match).containsOnly(Match.FUZZY);
        assertThat(two.items()).doesNotContainAnyElementsOf(one.items());
    }
}
