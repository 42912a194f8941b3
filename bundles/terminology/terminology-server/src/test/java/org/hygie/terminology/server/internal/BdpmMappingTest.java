package org.hygie.terminology.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.util.List;

import org.hygie.terminology.api.Drug;
import org.hygie.terminology.api.Substance;
import org.junit.jupiter.api.Test;

/** The BDPM's rows as catalogue drugs: names read as the curated set's DCIs, classes and narcotics. */
class BdpmMappingTest {
    private static final BdpmMapping MAPPING = new BdpmMapping(ShippedCatalogue.read());

    @Test
    void dci_shouldReadTheBdpmsSaltAndInvertedNamesAsTheCuratedDci() {
        assertThat(MAPPING.dci("AMOXICILLINE TRIHYDRATÉE")).isEqualTo("amoxicilline");
        assertThat(MAPPING.dci("AMOXICILLINE ANHYDRE")).isEqualTo("amoxicilline");
        assertThat(MAPPING.dci("CHLORHYDRATE DE MORPHINE TRIHYDRATÉ")).isEqualTo("morphine");
        assertThat(MAPPING.dci("MORPHINE (CHLORHYDRATE DE)")).isEqualTo("morphine");
        assertThat(MAPPING.dci("CLAVULANIQUE (ACIDE)")).isEqualTo("acide clavulanique");
        assertThat(MAPPING.dci("PARACÉTAMOL")).isEqualTo("paracétamol");
        assertThat(MAPPING.dci("CANDÉSARTAN CILEXÉTIL")).isEqualTo("candésartan");
        assertThat(MAPPING.dci("RANITIDINE BASE")).isEqualTo("ranitidine base");
        assertThat(MAPPING.dci("CHLORURE DE POTASSIUM")).isEqualTo("chlorure de potassium");
    }

    @Test
    void drugs_shouldTakeTheFractionOfTheFirstElementAndAClassByACommonRoute() throws IOException {
        String cis = "60000001\tTEST AMOX 500 mg, gélule\tgélule\torale\tAutorisation active\tProcédure nationale\t"
                + "Commercialisée\t01/01/2020\t\t\t LABO\tNon\r\n"
                + "60000002\tTEST KETO 2,5 %, gel\tgel\tcutanée\tAutorisation active\tProcédure nationale\t"
                + "Commercialisée\t01/01/2020\t\t\t LABO\tNon\r\n";
        String compo = "60000001\tgélule\t28165\tAMOXICILLINE TRIHYDRATÉE\t\t\tSA\t1\t\r\n"
                + "60000001\tgélule\t05248\tAMOXICILLINE ANHYDRE\t500 mg\tune gélule\tFT\t1\t\r\n"
                + "60000001\tsolvant\t99999\tEAU\t5 ml\tun flacon\tSA\t2\t\r\n"
                + "60000002\tgel\t00823\tKÉTOPROFÈNE\t2,5 g\t100 g de gel\tSA\t1\t\r\n";
        BdpmFiles.Content content = BdpmFiles.read(new StringReader(cis), new StringReader(""), new StringReader(compo),
                null);
        List<Drug> drugs = MAPPING.drugs(content);
        assertThat(drugs.get(0).substances()).containsExactly(new Substance("amoxicilline", "500 mg"));
        assertThat(drugs.get(0).atc().code()).isEqualTo("J01CA04");
        assertThat(drugs.get(1).substances()).containsExactly(new Substance("kétoprofène", "2,5 g"));
        assertThat(drugs.get(1).atc()).isNull();
    }

    @Test
    void read_shouldDecodeWindows1252AndForgiveOddLines() throws IOException {
        try (Reader s = reader("CIS_bdpm.txt"); Reader p = reader("CIS_CIP_bdpm.txt"); Reader c = reader("CIS_COMPO_bdpm.txt");
                Reader d = reader("CIS_CPD_bdpm.txt")) {
            BdpmFiles.Content content = BdpmFiles.read(s, p, c, d);
            assertThat(content.specialities()).hasSize(8);
            assertThat(content.specialities()).extracting(BdpmFiles.Speciality::name)
                    .contains("KETOPROFENE BIOGARAN 2,5 %, gel", "CLAMOXYL 500 mg, gélule");
            // the truncated line and the pack without a CIP13
            assertThat(content.skipped()).isEqualTo(2);
            assertThat(content.components().get("68285029")).hasSize(3)
                    .allSatisfy(x -> assertThat(x.strength()).isEqualTo("4CH à 30CH et 7DH à 60DH"));
            assertThat(content.narcotics()).containsExactlyInAnyOrder("60762795", "64288864");
            assertThat(content.packs()).hasSize(10);
        }
    }

    private static Reader reader(String file) {
        return new InputStreamReader(BdpmMappingTest.class.getResourceAsStream("/bdpm/" + file), BdpmFiles.WINDOWS_1252);
    }
}
