package org.hygie.terminology.server.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hygie.core.paging.Page;
import org.hygie.core.problem.HygieException;
import org.hygie.platform.testsupport.TestDatabase;
import org.hygie.terminology.api.Drug;
import org.hygie.terminology.api.DrugSource;
import org.hygie.terminology.api.Substance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loader, the drug search and the BDPM importer on a real PostgreSQL. The importer reads the
 * fixture in {@code src/test/resources/bdpm/}: rows of the real BDPM files (2022-06-02) in their
 * exact format (Windows-1252 bytes with accents, CR LF or LF line ends, no header), with the odd
 * rows such files hold (a homeopathic composition with columns slipped, a blank line, a truncated
 * line, a pack without a valid CIP code).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TerminologyDbTest {
    @RegisterExtension
    static final TestDatabase DB = TestDatabase.of("terminology");

    @TempDir
    static Path folder;

    private static TerminologyService service;
    private static final ShippedCatalogue SHIPPED = ShippedCatalogue.read();

    @BeforeAll
    static void start() throws IOException {
        service = new TerminologyService();
        service.tx = DB.transactions("terminology");
        service.loadShipped(SHIPPED);
        for (String file : List.of("CIS_bdpm.txt", "CIS_CIP_bdpm.txt", "CIS_COMPO_bdpm.txt", "CIS_CPD_bdpm.txt")) {
            try (InputStream in = TerminologyDbTest.class.getResourceAsStream("/bdpm/" + file)) {
                Files.copy(in, folder.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    @Test
    @Order(1)
    void loadShipped_shouldLoadEveryTableOnceForAVersion() {
        assertThat(DB.queryLong("SELECT count(*) FROM terminology_drug WHERE source = 'CURATED'"))
                .isEqualTo(SHIPPED.drugs().size());
        assertThat(DB.queryLong("SELECT count(*) FROM terminology_interaction")).isEqualTo(SHIPPED.interactions().size());
        assertThat(DB.queryLong("SELECT count(*) FROM terminology_allergen")).isEqualTo(SHIPPED.allergens().size());
        assertThat(DB.queryLong("SELECT count(*) FROM terminology_lab_test")).isEqualTo(SHIPPED.labTests().size());
        assertThat(service.tables().interactionCount()).isEqualTo(SHIPPED.interactions().size());
        // the same version again: nothing written (the rows keep their physical identity)
        long before = DB.queryLong("SELECT sum(xmin::text::bigint) FROM terminology_drug");
        service.loadShipped(SHIPPED);
        assertThat(DB.queryLong("SELECT sum(xmin::text::bigint) FROM terminology_drug")).isEqualTo(before);
    }

    @Test
    @Order(2)
    void loadShipped_shouldReplaceTheTablesForAnotherVersion() {
        ShippedCatalogue older = new ShippedCatalogue("older", SHIPPED.atcLabels(), SHIPPED.drugs().subList(0, 10),
                SHIPPED.allergens().subList(0, 5), SHIPPED.interactions().subList(0, 3), SHIPPED.labTests().subList(0, 2));
        service.loadShipped(older);
        assertThat(DB.queryLong("SELECT count(*) FROM terminology_drug")).isEqualTo(10);
        assertThat(service.tables().interactionCount()).isEqualTo(3);
        assertThat(service.tables().labTestCount()).isEqualTo(2);
        service.loadShipped(SHIPPED);
        assertThat(DB.queryLong("SELECT count(*) FROM terminology_drug")).isEqualTo(SHIPPED.drugs().size());
        assertThat(service.tables().interactionCount()).isEqualTo(SHIPPED.interactions().size());
    }

    @Test
    @Order(3)
    void searchDrugs_shouldMatchNameSubstanceAndAtcBeginnings() {
        Page<Drug> amox = service.searchDrugs("amox", 0, 50);
        assertThat(amox.items()).isNotEmpty();
        assertThat(amox.items().get(0).name()).startsWith("AMOXICILLINE");
        assertThat(amox.items()).extracting(Drug::name).anyMatch(n -> n.startsWith("CLAMOXYL"))
                .anyMatch(n -> n.startsWith("AUGMENTIN"));
        assertThat(service.searchDrugs("parac", 0, 50).items()).extracting(Drug::name)
                .anyMatch(n -> n.startsWith("DOLIPRANE"));
        assertThat(service.searchDrugs("KÉTOPROFÈNE", 0, 50).items()).extracting(Drug::name)
                .anyMatch(n -> n.startsWith("PROFENID"));
        Page<Drug> penicillins = service.searchDrugs("J01C", 0, 50);
        assertThat(penicillins.items()).allMatch(d -> d.atc().code().startsWith("J01C"));
        assertThat(penicillins.total()).isEqualTo(SHIPPED.drugs().stream().filter(d -> d.atc().code().startsWith("J01C")).count());
        assertThat(service.searchDrugs("doliprane 1000", 0, 50).items()).extracting(Drug::name)
                .containsExactly("DOLIPRANE 1000 mg, comprimé");
        assertThat(service.searchDrugs("  ", 0, 20).items()).isEmpty();
        Page<Drug> paged = service.searchDrugs("comprime", 1, 5);
        assertThat(paged.items()).hasSize(5);
        assertThat(paged.total()).isGreaterThan(10);
    }

    @Test
    @Order(3)
    void searchDrugs_shouldRefuseBadQueriesPagesAndSizes() {
        assertThat(catchThrowableOfType(HygieException.class, () -> service.searchDrugs("x".repeat(101), 0, 20)).status())
                .isEqualTo(422);
        assertThat(catchThrowableOfType(HygieException.class, () -> service.searchDrugs("amox", -1, 20)).errors())
                .extracting(e -> e.field()).containsExactly("page");
        assertThat(catchThrowableOfType(HygieException.class, () -> service.searchDrugs("amox", 0, 51)).errors())
                .extracting(e -> e.field()).containsExactly("size");
    }

    @Test
    @Order(3)
    void drugs_shouldAnswerByCisWithSubstancesAndClass() {
        Map<String, Drug> drugs = service.drugs(List.of("63565244", "60762795", "99999999", "63565244"));
        assertThat(drugs).containsOnlyKeys("63565244", "60762795");
        Drug augmentin = drugs.get("63565244");
        assertThat(augmentin.substances()).containsExactly(new Substance("amoxicilline", "500 mg"),
                new Substance("acide clavulanique", "62,5 mg"));
        assertThat(augmentin.atc().code()).isEqualTo("J01CR02");
        assertThat(augmentin.routes()).containsExactly("orale");
        assertThat(drugs.get("60762795").narcotic()).isTrue();
        assertThat(catchThrowableOfType(HygieException.class, () -> service.drug("12345678")).status()).isEqualTo(404);
        List<String> tooMany = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            tooMany.add(String.format("%08d", i));
        }
        assertThat(catchThrowableOfType(HygieException.class, () -> service.drugsByCis(tooMany)).status()).isEqualTo(422);
        assertThat(service.drugsByCis(List.of("63565244", "63565244"))).hasSize(1);
    }

    @Test
    @Order(4)
    void importBdpm_shouldReadTheFixtureIntoTheDrugTables() throws IOException {
        BdpmFolder importer = new BdpmFolder(service, SHIPPED);
        try {
            int imported = importer.importIfChanged(folder);
            // 8 specialities in the files, 2 of them curated (Augmentin, the morphine injection): kept as curated
            assertThat(imported).isEqualTo(6);
            Map<String, Drug> drugs = service.drugs(List.of("67707794", "61381943", "64288864", "68285029", "63565244",
                    "60762795", "66082724"));
            Drug clamoxyl = drugs.get("67707794");
            assertThat(clamoxyl.source()).isEqualTo(DrugSource.BDPM);
            assertThat(clamoxyl.name()).isEqualTo("CLAMOXYL 500 mg, gélule");
            assertThat(clamoxyl.form()).isEqualTo("gélule");
            assertThat(clamoxyl.substances()).containsExactly(new Substance("amoxicilline", "500 mg"));
            assertThat(clamoxyl.atc().code()).isEqualTo("J01CA04");
            // a cutaneous gel does not take the class of the oral ketoprofen
            Drug gel = drugs.get("61381943");
            assertThat(gel.substances()).extracting(Substance::inn).containsExactly("kétoprofène");
            assertThat(gel.atc()).isNull();
            assertThat(gel.routes()).containsExactly("cutanée");
            // narcotic from the prescribing conditions
            assertThat(drugs.get("64288864").narcotic()).isTrue();
            assertThat(drugs.get("64288864").atc().code()).isEqualTo("N02AA01");
            assertThat(clamoxyl.narcotic()).isFalse();
            // the homeopathic line whose columns slipped: read, substance unknown to the curated set
            Drug homeopathic = drugs.get("68285029");
            assertThat(homeopathic.substances()).extracting(Substance::inn)
                    .containsExactly("mercurius dulcis pour préparations homéopathiques");
            assertThat(homeopathic.substances().get(0).strength()).isEqualTo("4CH à 30CH et 7DH à 60DH");
            assertThat(homeopathic.routes()).containsExactly("orale", "sublinguale");
            // the curated rows stay curated
            assertThat(drugs.get("63565244").source()).isEqualTo(DrugSource.CURATED);
            assertThat(drugs.get("60762795").source()).isEqualTo(DrugSource.CURATED);
            // a pack's CIP13, as scanned, finds its drug; the CIP7 too
            assertThat(service.searchDrugs("3400931587538", 0, 20).items()).extracting(Drug::cis).containsExactly("67707794");
            assertThat(service.searchDrugs("3158753", 0, 20).items()).extracting(Drug::cis).containsExactly("67707794");
            assertThat(DB.queryLong("SELECT count(*) FROM terminology_drug_pack")).isEqualTo(10);
            // the same files again: nothing to do
            assertThat(importer.importIfChanged(folder)).isEqualTo(-1);
        } finally {
            importer.close();
        }
    }

    @Test
    @Order(5)
    void importBdpm_shouldReplaceTheImportedDrugsWhenTheFilesChange() throws IOException {
        BdpmFolder importer = new BdpmFolder(service, SHIPPED);
        try {
            // Clamoxyl withdrawn from the database: its lines taken out of the files
            for (String file : List.of("CIS_bdpm.txt", "CIS_COMPO_bdpm.txt", "CIS_CIP_bdpm.txt", "CIS_CPD_bdpm.txt")) {
                Path p = folder.resolve(file);
                byte[] bytes = Files.readAllBytes(p);
                String text = new String(bytes, BdpmFiles.WINDOWS_1252);
                StringBuilder kept = new StringBuilder();
                for (String line : text.split("(?<=\n)")) {
                    if (!line.startsWith("67707794\t")) {
                        kept.append(line);
                    }
                }
                Files.write(p, kept.toString().getBytes(BdpmFiles.WINDOWS_1252));
            }
            assertThat(importer.importIfChanged(folder)).isEqualTo(5);
            assertThat(service.drugs(List.of("67707794"))).isEmpty();
            assertThat(DB.queryLong("SELECT count(*) FROM terminology_drug WHERE source = 'BDPM'")).isEqualTo(5);
            assertThat(DB.queryLong("SELECT count(*) FROM terminology_drug WHERE source = 'CURATED'"))
                    .isEqualTo(SHIPPED.drugs().size());
            assertThat(DB.queryLong("SELECT row_count FROM terminology_dataset WHERE name = 'bdpm'")).isEqualTo(5);
        } finally {
            importer.close();
        }
    }

    @Test
    @Order(6)
    void importBdpm_shouldRefuseAFolderWithoutItsFilesAndKeepTheFormerDrugs(@TempDir Path empty) {
        BdpmFolder importer = new BdpmFolder(service, SHIPPED);
        try {
            IOException e = catchThrowableOfType(IOException.class, () -> importer.importIfChanged(empty));
            assertThat(e.getMessage()).contains("CIS_bdpm.txt");
            assertThat(DB.queryLong("SELECT count(*) FROM terminology_drug WHERE source = 'BDPM'")).isEqualTo(5);
        } finally {
            importer.close();
        }
    }
}
