package org.hygie.terminology.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.hygie.terminology.api.Allergen;
import org.hygie.terminology.api.AllergenKind;
import org.hygie.terminology.api.Drug;
import org.hygie.terminology.api.LabTest;
import org.hygie.terminology.api.Substance;
import org.hygie.terminology.api.knowledge.AllergyMatch;
import org.hygie.terminology.api.knowledge.Interaction;
import org.hygie.terminology.api.knowledge.InteractionLevel;
import org.hygie.terminology.server.internal.ShippedCatalogue.InteractionRule;
import org.junit.jupiter.api.Test;

/** The allergy and interaction rules and the in-memory searches, on the catalogues as shipped. */
class KnowledgeTablesTest {
    private static final ShippedCatalogue SHIPPED = ShippedCatalogue.read();
    private static final KnowledgeTables TABLES = KnowledgeTables.of(SHIPPED);

    private static Drug drug(String namePrefix) {
        return SHIPPED.drugs().stream().filter(d -> d.name().startsWith(namePrefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no shipped drug " + namePrefix));
    }

    private static Allergen allergen(String code) {
        return TABLES.allergen(code).orElseThrow(() -> new AssertionError("no allergen " + code));
    }

    // ---------------------------------------------------------------- the shipped set itself

    @Test
    void shippedSet_shouldHoldTheCatalogueTheIssueAsksFor() {
        assertThat(SHIPPED.drugs()).hasSizeGreaterThanOrEqualTo(150);
        assertThat(SHIPPED.interactions()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(SHIPPED.labTests()).hasSizeGreaterThanOrEqualTo(40);
        Set<String> cis = new HashSet<>();
        for (Drug d : SHIPPED.drugs()) {
            assertThat(cis.add(d.cis())).as("CIS %s once", d.cis()).isTrue();
            assertThat(d.atc()).as(d.name()).isNotNull();
            assertThat(d.atc().code()).as(d.name()).matches("[A-Z][0-9]{2}[A-Z]{2}([0-9]{2})?");
            assertThat(d.substances()).as(d.name()).isNotEmpty();
            assertThat(d.routes()).as(d.name()).isNotEmpty();
        }
        for (String inn : List.of("amoxicilline", "warfarine", "fluindione", "acénocoumarol", "ibuprofène",
                "kétoprofène", "diclofénac", "naproxène", "méthotrexate", "triméthoprime", "clarithromycine",
                "ciprofloxacine", "simvastatine", "amiodarone", "digoxine", "morphine", "oxycodone", "fentanyl",
                "paracétamol", "énoxaparine", "insuline glargine", "metformine")) {
            assertThat(SHIPPED.drugs()).as(inn).anyMatch(d -> d.substances().stream().anyMatch(s -> s.inn().equals(inn)));
        }
    }

    @Test
    void narcoticFlag_shouldBeTheBdpmsStupefiantCondition() {
        assertThat(drug("SKENAN L.P. 10 mg").narcotic()).isTrue();
        assertThat(drug("OXYCODONE BIOGARAN LP 10 mg").narcotic()).isTrue();
        assertThat(drug("DUROGESIC 25").narcotic()).isTrue();
        assertThat(drug("DOLIPRANE 1000 mg").narcotic()).isFalse();
        assertThat(drug("TOPALGIC 50 mg").narcotic()).isFalse();
        assertThat(drug("CODOLIPRANE").narcotic()).isFalse();
    }

    @Test
    void everySubstanceAndInteractionClass_shouldBeKnown() {
        for (Drug d : SHIPPED.drugs()) {
            for (Substance s : d.substances()) {
                assertThat(TABLES.allergen(Text.substanceCode(s.inn()))).as(s.inn()).isPresent();
            }
            assertThat(d.atc().label()).as(d.atc().code()).isNotBlank();
        }
        for (InteractionRule r : SHIPPED.interactions()) {
            assertThat(SHIPPED.atcLabels()).as(r.first()).containsKey(r.first());
            assertThat(SHIPPED.atcLabels()).as(r.second()).containsKey(r.second());
            assertThat(r.message()).isNotBlank();
            assertThat(r.source()).contains("ANSM");
        }
    }

    // ---------------------------------------------------------------- allergies

    @Test
    void allergyMatch_shouldMatchTheSameSubstanceWithoutClass() {
        AllergyMatch match = TABLES.allergyMatch(allergen("inn:amoxicilline"), drug("AUGMENTIN 500 mg"), false).orElseThrow();
        assertThat(match.substance()).isEqualTo("amoxicilline");
        assertThat(match.viaClass()).isNull();
        assertThat(match.fromFreeText()).isFalse();
    }

    @Test
    void allergyMatch_shouldWarnForEveryPenicillinFromAnAmoxicillinAllergy() {
        AllergyMatch match = TABLES.allergyMatch(allergen("inn:amoxicilline"), drug("ORACILLINE"), false).orElseThrow();
        assertThat(match.viaClass()).isEqualTo("J01C");
        assertThat(match.substance()).isEqualTo("phénoxyméthylpénicilline");
        assertThat(TABLES.allergyMatch(allergen("inn:amoxicilline"), drug("PIPERACILLINE/TAZOBACTAM"), false)).isPresent();
        assertThat(TABLES.allergyMatch(allergen("inn:amoxicilline"), drug("CEFTRIAXONE"), false)).isEmpty();
        assertThat(TABLES.allergyMatch(allergen("inn:amoxicilline"), drug("DOLIPRANE 1000"), false)).isEmpty();
    }

    @Test
    void allergyMatch_shouldMatchAClassByTheDrugsAtcPrefix() {
        Allergen penicillins = allergen("atc:J01C");
        assertThat(penicillins.kind()).isEqualTo(AllergenKind.DRUG_CLASS);
        for (String name : List.of("CLAMOXYL 1 g", "AUGMENTIN 1 g", "EXTENCILLINE", "CLOXACILLINE")) {
            AllergyMatch match = TABLES.allergyMatch(penicillins, drug(name), true).orElseThrow();
            assertThat(match.viaClass()).isEqualTo("J01C");
            assertThat(match.fromFreeText()).isTrue();
        }
        assertThat(TABLES.allergyMatch(penicillins, drug("ZECLAR"), false)).isEmpty();
        assertThat(TABLES.allergyMatch(allergen("atc:J01D"), drug("CEFTRIAXONE"), false)).isPresent();
        assertThat(TABLES.allergyMatch(allergen("atc:V08A"), drug("OMNIPAQUE"), false)).isPresent();
        assertThat(TABLES.allergyMatch(allergen("atc:N02A"), drug("SKENAN L.P. 10 mg"), false)).isPresent();
    }

    @Test
    void allergyMatch_shouldReachADrugOutsideTheClassThroughASubstanceThatCrossReacts() {
        // Aspirin at antiplatelet dose is B01AC06, not an NSAID by its ATC code, but an NSAID allergy
        // (a reaction to the inhibition of COX-1) warns for it.
        AllergyMatch match = TABLES.allergyMatch(allergen("atc:M01A"), drug("KARDEGIC"), false).orElseThrow();
        assertThat(match.substance()).isEqualTo("acide acétylsalicylique");
        assertThat(TABLES.allergyMatch(allergen("inn:ibuprofene"), drug("KARDEGIC"), false)).isPresent();
        assertThat(TABLES.allergyMatch(allergen("atc:M01A"), drug("DOLIPRANE 1000"), false)).isEmpty();
    }

    @Test
    void allergyMatch_shouldFindASubstanceInsideACombination() {
        AllergyMatch match = TABLES.allergyMatch(allergen("inn:paracetamol"), drug("CODOLIPRANE"), false).orElseThrow();
        assertThat(match.substance()).isEqualTo("paracétamol");
        assertThat(TABLES.allergyMatch(allergen("inn:acide-clavulanique"), drug("CLAMOXYL 1 g"), false)).isEmpty();
        assertThat(TABLES.allergyMatch(allergen("inn:acide-clavulanique"), drug("AUGMENTIN 1 g"), false)).isPresent();
    }

    @Test
    void allergensNamed_shouldReadFreeTextWhateverCaseAccentsPluralAndSurroundingWords() {
        assertThat(TABLES.allergensNamed("Pénicilline")).extracting(Allergen::code).containsExactly("atc:J01C");
        assertThat(TABLES.allergensNamed("PENICILLINES")).extracting(Allergen::code).containsExactly("atc:J01C");
        assertThat(TABLES.allergensNamed("allergie aux pénicillines (urticaire 2019)")).extracting(Allergen::code)
                .containsExactly("atc:J01C");
        assertThat(TABLES.allergensNamed("amoxicilline")).extracting(Allergen::code).containsExactly("inn:amoxicilline");
        assertThat(TABLES.allergensNamed("Allergie à l'Amoxicilline")).extracting(Allergen::code)
                .containsExactly("inn:amoxicilline");
        assertThat(TABLES.allergensNamed("AINS")).extracting(Allergen::code).containsExactly("atc:M01A");
        assertThat(TABLES.allergensNamed("sulfamides")).extracting(Allergen::code).containsExactly("atc:J01E");
        assertThat(TABLES.allergensNamed("iode")).extracting(Allergen::code).containsExactly("atc:V08A");
        assertThat(TABLES.allergensNamed("Kétoprofène")).extracting(Allergen::code).containsExactly("inn:ketoprofene");
        // the demo's free-text allergies
        assertThat(TABLES.allergensNamed("Aspirine")).extracting(Allergen::code).containsExactly("inn:acide-acetylsalicylique");
        assertThat(TABLES.allergensNamed("Iode")).extracting(Allergen::code).containsExactly("atc:V08A");
        assertThat(TABLES.allergensNamed("arachide")).isEmpty();
        assertThat(TABLES.allergensNamed("  ")).isEmpty();
        assertThat(TABLES.allergensNamed(null)).isEmpty();
    }

    @Test
    void searchAllergens_shouldFindWordBeginningsAndPartsClassesFirst() {
        List<Allergen> found = TABLES.searchAllergens("penic");
        assertThat(found.get(0).code()).isEqualTo("atc:J01C");
        assertThat(found).extracting(Allergen::label).contains("Benzylpénicilline", "Phénoxyméthylpénicilline");
        assertThat(TABLES.searchAllergens("AMOX")).extracting(Allergen::code).containsExactly("inn:amoxicilline");
        assertThat(TABLES.searchAllergens("ains").get(0).code()).isEqualTo("atc:M01A");
        assertThat(TABLES.searchAllergens("acide clav")).extracting(Allergen::code).containsExactly("inn:acide-clavulanique");
        assertThat(TABLES.searchAllergens("zzz")).isEmpty();
        assertThat(TABLES.searchAllergens("")).isEmpty();
    }

    // ---------------------------------------------------------------- interactions

    @Test
    void interactions_shouldFindAClassPairEitherWayRound() {
        Drug warfarin = drug("COUMADINE 2 mg");
        Drug ibuprofen = drug("IBUPROFENE ALMUS 400 mg");
        List<Interaction> one = TABLES.interactions(warfarin, ibuprofen);
        List<Interaction> other = TABLES.interactions(ibuprofen, warfarin);
        assertThat(one).hasSize(1);
        assertThat(one.get(0).level()).isEqualTo(InteractionLevel.NOT_RECOMMENDED);
        assertThat(one.get(0).first().code()).isEqualTo("B01AA");
        assertThat(one.get(0).second().code()).isEqualTo("M01A");
        assertThat(one.get(0).first().label()).isEqualTo("Antivitamines K");
        assertThat(other).hasSize(1);
        assertThat(other.get(0).first().code()).isEqualTo("M01A");
        assertThat(other.get(0).message()).isEqualTo(one.get(0).message());
        // the other VKAs, the other NSAIDs
        assertThat(TABLES.interactions(drug("PREVISCAN"), drug("PROFENID 100 mg"))).hasSize(1);
        assertThat(TABLES.interactions(drug("SINTROM"), drug("APRANAX"))).hasSize(1);
    }

    @Test
    void interactions_shouldGiveEachOfTheFourLevels() {
        assertThat(TABLES.interactions(drug("IMETH"), drug("BACTRIM FORTE"))).extracting(Interaction::level)
                .containsExactly(InteractionLevel.CONTRAINDICATION);
        assertThat(TABLES.interactions(drug("SIMVASTATINE"), drug("CLARITHROMYCINE"))).extracting(Interaction::level)
                .containsExactly(InteractionLevel.CONTRAINDICATION);
        assertThat(TABLES.interactions(drug("ALDACTONE"), drug("DIFFU-K"))).extracting(Interaction::level)
                .containsExactly(InteractionLevel.CONTRAINDICATION);
        assertThat(TABLES.interactions(drug("CORDARONE 200"), drug("SIMVASTATINE"))).extracting(Interaction::level)
                .containsExactly(InteractionLevel.PRECAUTION);
        assertThat(TABLES.interactions(drug("IMIGRANE"), drug("SERTRALINE"))).extracting(Interaction::level)
                .containsExactly(InteractionLevel.TO_CONSIDER);
        assertThat(TABLES.interactions(drug("IMIGRANE"), drug("DIERGOSPRAY"))).extracting(Interaction::level)
                .containsExactly(InteractionLevel.CONTRAINDICATION);
        assertThat(InteractionLevel.NOT_RECOMMENDED.interrupts()).isTrue();
        assertThat(InteractionLevel.PRECAUTION.interrupts()).isFalse();
    }

    @Test
    void interactions_shouldListSeveralMostSevereFirst() {
        // methotrexate (oncology) with ketoprofen: the NSAID rule; with aspirin at analgesic doses: CI
        List<Interaction> mtx = TABLES.interactions(drug("METHOTREXATE ACCORD"), drug("KARDEGIC"));
        assertThat(mtx).isEmpty(); // aspirin at antiplatelet doses (B01AC06) is not N02BA
        List<Interaction> lithium = TABLES.interactions(drug("TERALITHE"), drug("RAMIPRIL"));
        assertThat(lithium).extracting(Interaction::level).containsExactly(InteractionLevel.NOT_RECOMMENDED);
        Drug both = new Drug("00000000", "TEST", null, List.of(), List.of(), TABLES.atc("C09AA05"), false,
                org.hygie.terminology.api.DrugSource.CURATED);
        List<Interaction> many = TABLES.interactions(drug("MODAMIDE"), both);
        assertThat(many).extracting(Interaction::level).containsExactly(InteractionLevel.NOT_RECOMMENDED);
    }

    @Test
    void interactions_shouldBeNoneForUnrelatedDrugsOrADrugWithoutClass() {
        assertThat(TABLES.interactions(drug("CLAMOXYL 1 g"), drug("DOLIPRANE 1000"))).isEmpty();
        Drug unclassed = new Drug("11111111", "SANS CLASSE", null, List.of(), List.of(new Substance("ibuprofène", null)),
                null, false, org.hygie.terminology.api.DrugSource.BDPM);
        assertThat(TABLES.interactions(drug("COUMADINE 2 mg"), unclassed)).isEmpty();
        assertThat(TABLES.interactions(null, unclassed)).isEmpty();
    }

    // ---------------------------------------------------------------- lab tests

    @Test
    void searchLabTests_shouldFindNamesPanelsAndCodes() {
        assertThat(TABLES.searchLabTests("kali")).extracting(LabTest::loinc).containsExactly("2823-3");
        assertThat(TABLES.searchLabTests("potass")).extracting(LabTest::loinc).containsExactly("2823-3");
        assertThat(TABLES.searchLabTests("iono")).extracting(LabTest::loinc).contains("2951-2", "2823-3", "2075-0");
        assertThat(TABLES.searchLabTests("2823").get(0).loinc()).isEqualTo("2823-3");
        assertThat(TABLES.searchLabTests("hémoglobine glyquée")).extracting(LabTest::loinc).containsExactly("4548-4");
        List<LabTest> all = TABLES.searchLabTests(" ");
        assertThat(all).hasSize(SHIPPED.labTests().size());
        for (int i = 1; i < all.size(); i++) {
            assertThat(Text.key(all.get(i - 1).panel())).isLessThanOrEqualTo(Text.key(all.get(i).panel()));
        }
        assertThat(TABLES.labTests(List.of("2823-3", "nope", "718-7"))).containsOnlyKeys("2823-3", "718-7");
        assertThat(TABLES.labTest("2823-3").orElseThrow().unit()).isEqualTo("mmol/L");
    }
}
