package org.hygie.prescriptions.server.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.hygie.terminology.api.Allergen;
import org.hygie.terminology.api.AllergenKind;
import org.hygie.terminology.api.AtcClass;
import org.hygie.terminology.api.Drug;
import org.hygie.terminology.api.DrugSource;
import org.hygie.terminology.api.LabTest;
import org.hygie.terminology.api.Substance;
import org.hygie.terminology.api.knowledge.AllergyMatch;
import org.hygie.terminology.api.knowledge.Interaction;
import org.hygie.terminology.api.knowledge.InteractionLevel;
import org.hygie.terminology.api.knowledge.MedicationKnowledge;

/**
 * A small medication knowledge built by hand for the checks' tests: the contract's rules (a drug is
 * in a class when its ATC code begins with the class's; an allergy to a substance warns for its
 * cross-reacting class) over a few drugs, allergens and interaction pairs.
 */
final class TableKnowledge implements MedicationKnowledge {
    static final AtcClass PENICILLINS = new AtcClass("J01C", "Pénicillines");
    static final Drug AMOXICILLIN = drug("60000001", "AMOXICILLINE TEST 500 mg, gélule", "amoxicilline", "500 mg",
            "J01CA04", false);
    static final Drug PIPERACILLIN = drug("60000002", "PIPERACILLINE TEST 4 g", "pipéracilline", "4 g", "J01CA12", false);
    static final Drug WARFARIN = drug("60000003", "WARFARINE TEST 5 mg, comprimé", "warfarine", "5 mg", "B01AA03", false);
    static final Drug IBUPROFEN = drug("60000004", "IBUPROFENE TEST 400 mg, comprimé", "ibuprofène", "400 mg", "M01AE01",
            false);
    static final Drug METHOTREXATE = drug("60000005", "METHOTREXATE TEST 2,5 mg", "méthotrexate", "2,5 mg", "L04AX03", false);
    static final Drug TRIMETHOPRIM = drug("60000006", "BACTRIM TEST", "triméthoprime", "80 mg", "J01EE01", false);
    static final Drug OMEPRAZOLE = drug("60000007", "OMEPRAZOLE TEST 20 mg", "oméprazole", "20 mg", "A02BC01", false);
    static final Drug CLOPIDOGREL = drug("60000008", "CLOPIDOGREL TEST 75 mg", "clopidogrel", "75 mg", "B01AC04", false);
    static final Drug MORPHINE = drug("60000009", "MORPHINE TEST 10 mg, comprimé LP", "morphine", "10 mg", "N02AA01", true);
    static final Drug PARACETAMOL = drug("60000010", "PARACETAMOL TEST 1 g", "paracétamol", "1 g", "N02BE01", false);
    static final Drug METFORMIN = drug("60000011", "METFORMINE TEST 500 mg", "metformine", "500 mg", "A10BA02", false);
    static final Drug IODINE_CONTRAST = drug("60000012", "IOHEXOL TEST", "iohexol", "300 mg/ml", "V08AB02", false);

    static final Allergen PENICILLIN_CLASS = new Allergen("atc:J01C", "Pénicillines", AllergenKind.DRUG_CLASS, PENICILLINS);
    static final Allergen AMOXICILLIN_ALLERGEN = new Allergen("inn:amoxicilline", "Amoxicilline", AllergenKind.SUBSTANCE,
            PENICILLINS);

    private final Map<String, Drug> drugs = new HashMap<>();
    private final List<Interaction> table = new ArrayList<>();

    TableKnowledge() {
        for (Drug d : List.of(AMOXICILLIN, PIPERACILLIN, WARFARIN, IBUPROFEN, METHOTREXATE, TRIMETHOPRIM, OMEPRAZOLE,
                CLOPIDOGREL, MORPHINE, PARACETAMOL, METFORMIN, IODINE_CONTRAST)) {
            drugs.put(d.cis(), d);
        }
        table.add(new Interaction(new AtcClass("L04AX03", null), new AtcClass("J01EE", null),
                InteractionLevel.CONTRAINDICATION, "Augmentation de la toxicité hématologique du méthotrexate.", "test"));
        table.add(new Interaction(new AtcClass("B01AA", null), new AtcClass("M01A", null),
                InteractionLevel.NOT_RECOMMENDED, "Augmentation du risque hémorragique.", "test"));
        table.add(new Interaction(new AtcClass("B01AC04", null), new AtcClass("A02BC01", null),
                InteractionLevel.PRECAUTION, "Diminution de l’effet du clopidogrel.", "test"));
        table.add(new Interaction(new AtcClass("A10BA02", null), new AtcClass("V08", null),
                InteractionLevel.TO_CONSIDER, "Acidose lactique : arrêter la metformine autour de l’examen.", "test"));
    }

    static Drug drug(String cis, String name, String inn, String strength, String atc, boolean narcotic) {
        return new Drug(cis, name, "comprimé", List.of("orale"), List.of(new Substance(inn, strength)),
                new AtcClass(atc, null), narcotic, DrugSource.CURATED);
    }

    @Override
    public Map<String, Drug> drugs(Collection<String> cis) {
        Map<String, Drug> found = new HashMap<>();
        if (cis != null) {
            cis.stream().filter(drugs::containsKey).forEach(c -> found.put(c, drugs.get(c)));
        }
        return found;
    }

    @Override
    public Map<String, LabTest> labTests(Collection<String> loinc) {
        Map<String, LabTest> found = new HashMap<>();
        if (loinc != null && loinc.contains("2823-3")) {
            found.put("2823-3", new LabTest("2823-3", "Potassium", "Sérum ou plasma", "mmol/L", "Ionogramme"));
        }
        return found;
    }

    @Override
    public Optional<Allergen> allergen(String code) {
        return List.of(PENICILLIN_CLASS, AMOXICILLIN_ALLERGEN).stream().filter(a -> a.code().equals(code)).findFirst();
    }

    @Override
    public List<Allergen> allergensNamed(String text) {
        String n = normalise(text).replaceFirst("^allergie (a |aux |au )?", "").replaceFirst("s$", "");
        if (n.equals("penicilline")) {
            return List.of(PENICILLIN_CLASS);
        }
        if (n.equals("amoxicilline")) {
            return List.of(AMOXICILLIN_ALLERGEN);
        }
        return List.of();
    }

    @Override
    public Optional<AllergyMatch> allergyMatch(Allergen allergen, Drug drug, boolean fromFreeText) {
        if (allergen.kind() == AllergenKind.SUBSTANCE) {
            String inn = allergen.code().substring(4);
            for (Substance s : drug.substances()) {
                if (s.inn().equals(inn)) {
                    return Optional.of(new AllergyMatch(allergen, s.inn(), null, fromFreeText));
                }
            }
        }
        if (allergen.atc() != null && drug.atc() != null && drug.atc().code().startsWith(allergen.atc().code())) {
            return Optional.of(new AllergyMatch(allergen, drug.substances().get(0).inn(), allergen.atc().code(),
                    fromFreeText));
        }
        return Optional.empty();
    }

    @Override
    public List<Interaction> interactions(Drug first, Drug second) {
        if (first.atc() == null || second.atc() == null) {
            return List.of();
        }
        String a = first.atc().code();
        String b = second.atc().code();
        return table.stream().filter(i -> a.startsWith(i.first().code()) && b.startsWith(i.second().code())
                || b.startsWith(i.first().code()) && a.startsWith(i.second().code())).toList();
    }

    private static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).strip();
    }
}
