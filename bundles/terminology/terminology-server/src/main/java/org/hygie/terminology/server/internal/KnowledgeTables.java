package org.hygie.terminology.server.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.hygie.terminology.api.Allergen;
import org.hygie.terminology.api.AllergenKind;
import org.hygie.terminology.api.AtcClass;
import org.hygie.terminology.api.Drug;
import org.hygie.terminology.api.LabTest;
import org.hygie.terminology.api.Substance;
import org.hygie.terminology.api.knowledge.AllergyMatch;
import org.hygie.terminology.api.knowledge.Interaction;
import org.hygie.terminology.server.internal.ShippedCatalogue.AllergenEntry;
import org.hygie.terminology.server.internal.ShippedCatalogue.InteractionRule;

/**
 * The small tables, held in memory (a few hundred rows): ATC labels, allergens, interactions and
 * lab tests, with the allergy and interaction rules over them. Immutable: a reload builds another.
 */
final class KnowledgeTables {
    private final Map<String, String> atcLabels;
    private final Map<String, Allergen> allergensByCode = new LinkedHashMap<>();
    /** The allergens in search order (classes first), with their searchable text. */
    private final List<Searchable<Allergen>> allergenSearch = new ArrayList<>();
    /** What an allergy written as free text may be read as, by {@link Text#reading}. */
    private final Map<String, List<Allergen>> readings = new LinkedHashMap<>();
    /** The substance allergens by their DCI's key, for the cross-reaction class of a drug's substances. */
    private final Map<String, Allergen> substances = new LinkedHashMap<>();
    private final List<InteractionRule> interactions;
    private final Map<String, LabTest> labTests = new LinkedHashMap<>();
    private final List<Searchable<LabTest>> labTestSearch = new ArrayList<>();

    private record Searchable<T>(T item, String key, List<String> words) {
    }

    KnowledgeTables(Map<String, String> atcLabels, List<AllergenEntry> allergens, List<InteractionRule> interactions,
            List<LabTest> labTests) {
        this.atcLabels = Map.copyOf(atcLabels);
        this.interactions = List.copyOf(interactions);
        List<AllergenEntry> ordered = new ArrayList<>(allergens);
        ordered.sort(Comparator.comparing((AllergenEntry e) -> e.allergen().kind() != AllergenKind.DRUG_CLASS)
                .thenComparing(e -> Text.key(e.allergen().label())));
        for (AllergenEntry entry : ordered) {
            Allergen a = entry.allergen();
            allergensByCode.put(a.code(), a);
            StringBuilder text = new StringBuilder(a.label());
            entry.aliases().forEach(alias -> text.append(' ').append(alias));
            allergenSearch.add(new Searchable<>(a, Text.key(a.label()), Text.words(text.toString())));
            if (a.kind() == AllergenKind.SUBSTANCE) {
                substances.put(Text.key(a.label()), a);
            }
        }
        // Readings: substances first (most specific), then classes.
        for (AllergenKind kind : List.of(AllergenKind.SUBSTANCE, AllergenKind.DRUG_CLASS)) {
            for (AllergenEntry entry : ordered) {
                if (entry.allergen().kind() != kind) {
                    continue;
                }
                Set<String> names = new LinkedHashSet<>();
                names.add(Text.reading(entry.allergen().label()));
                entry.aliases().forEach(alias -> names.add(Text.reading(alias)));
                for (String name : names) {
                    if (!name.isEmpty()) {
                        List<Allergen> list = readings.computeIfAbsent(name, n -> new ArrayList<>());
                        if (!list.contains(entry.allergen())) {
                            list.add(entry.allergen());
                        }
                    }
                }
            }
        }
        List<LabTest> sorted = new ArrayList<>(labTests);
        sorted.sort(Comparator.comparing((LabTest t) -> Text.key(t.panel() == null ? "" : t.panel()))
                .thenComparing(t -> Text.key(t.name())));
        for (LabTest t : sorted) {
            this.labTests.put(t.loinc(), t);
            labTestSearch.add(new Searchable<>(t, Text.key(t.name()),
                    Text.words(t.name() + " " + (t.panel() == null ? "" : t.panel()))));
        }
    }

    static KnowledgeTables of(ShippedCatalogue shipped) {
        return new KnowledgeTables(shipped.atcLabels(), shipped.allergens(), shipped.interactions(), shipped.labTests());
    }

    /** @return the class with its label, or null for a null code */
    AtcClass atc(String code) {
        return code == null ? null : new AtcClass(code, atcLabels.get(code));
    }

    int allergenCount() {
        return allergensByCode.size();
    }

    int interactionCount() {
        return interactions.size();
    }

    // ---------------------------------------------------------------- allergens

    Optional<Allergen> allergen(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(allergensByCode.get(code.strip()));
    }

    List<Allergen> allergensNamed(String text) {
        String reading = Text.reading(text);
        return reading.isEmpty() ? List.of() : List.copyOf(readings.getOrDefault(reading, List.of()));
    }

    /**
     * The allergens matching what the user typed: every word of the query within the label or an
     * alias; ranked by the label beginning with the query, then a word beginning with it, then the
     * rest, classes before substances within a rank (their stored order), then by label.
     */
    List<Allergen> searchAllergens(String q) {
        return search(allergenSearch, q);
    }

    /** Lab tests as {@link #searchAllergens}, or the LOINC code's beginning; all of them for a blank query. */
    List<LabTest> searchLabTests(String q) {
        if (Text.key(q).isEmpty()) {
            return List.copyOf(labTests.values());
        }
        String code = q.strip();
        List<LabTest> byCode = labTests.values().stream().filter(t -> t.loinc().startsWith(code)).toList();
        List<LabTest> out = new ArrayList<>(byCode);
        for (LabTest t : search(labTestSearch, q)) {
            if (!out.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    private static <T> List<T> search(List<Searchable<T>> items, String q) {
        List<String> words = Text.words(q);
        String whole = Text.key(q);
        if (words.isEmpty()) {
            return List.of();
        }
        List<List<T>> ranks = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (Searchable<T> s : items) {
            if (!words.stream().allMatch(w -> s.words().stream().anyMatch(x -> x.contains(w)))) {
                continue;
            }
            int rank = s.key().startsWith(whole) ? 0
                    : words.stream().allMatch(w -> s.words().stream().anyMatch(x -> x.startsWith(w))) ? 1 : 2;
            ranks.get(rank).add(s.item());
        }
        List<T> out = new ArrayList<>();
        ranks.forEach(out::addAll);
        return out;
    }

    // ---------------------------------------------------------------- lab tests

    Map<String, LabTest> labTests(Collection<String> loinc) {
        Map<String, LabTest> out = new LinkedHashMap<>();
        if (loinc != null) {
            for (String code : loinc) {
                LabTest t = code == null ? null : labTests.get(code.strip());
                if (t != null) {
                    out.put(t.loinc(), t);
                }
            }
        }
        return out;
    }

    Optional<LabTest> labTest(String loinc) {
        return loinc == null ? Optional.empty() : Optional.ofNullable(labTests.get(loinc.strip()));
    }

    int labTestCount() {
        return labTests.size();
    }

    // ---------------------------------------------------------------- safety rules

    /**
     * A substance allergen matches a drug holding that substance, or else, through its
     * cross-reaction class, a drug of that class; a class allergen matches a drug of the class.
     * A drug is of a class when its ATC code begins with the class's code, or when one of its
     * substances is known to cross-react with it (aspirin, B01AC06, with the NSAIDs).
     */
    Optional<AllergyMatch> allergyMatch(Allergen allergen, Drug drug, boolean fromFreeText) {
        if (allergen == null || drug == null) {
            return Optional.empty();
        }
        if (allergen.kind() == AllergenKind.SUBSTANCE) {
            for (Substance s : drug.substances()) {
                if (Text.substanceCode(s.inn()).equals(allergen.code())) {
                    return Optional.of(new AllergyMatch(allergen, s.inn(), null, fromFreeText));
                }
            }
        }
        AtcClass cls = allergen.atc();
        if (cls == null || cls.code() == null || cls.code().isBlank()) {
            return Optional.empty();
        }
        String prefix = cls.code();
        Substance inClass = null;
        for (Substance s : drug.substances()) {
            Allergen known = substances.get(Text.key(s.inn()));
            if (known != null && known.atc() != null && known.atc().code().startsWith(prefix)) {
                inClass = s;
                break;
            }
        }
        boolean drugInClass = drug.atc() != null && drug.atc().code() != null && drug.atc().code().startsWith(prefix);
        if (!drugInClass && inClass == null) {
            return Optional.empty();
        }
        return Optional.of(new AllergyMatch(allergen, inClass == null ? null : inClass.inn(), prefix, fromFreeText));
    }

    /**
     * @return the table's interactions between the two drugs' classes, each oriented as asked (its
     *         first class is the first drug's), most severe first, each rule once
     */
    List<Interaction> interactions(Drug first, Drug second) {
        if (first == null || second == null || first.atc() == null || second.atc() == null) {
            return List.of();
        }
        String a = first.atc().code();
        String b = second.atc().code();
        if (a == null || b == null) {
            return List.of();
        }
        List<Interaction> out = new ArrayList<>();
        for (InteractionRule rule : interactions) {
            if (a.startsWith(rule.first()) && b.startsWith(rule.second())) {
                out.add(new Interaction(atc(rule.first()), atc(rule.second()), rule.level(), rule.message(), rule.source()));
            } else if (a.startsWith(rule.second()) && b.startsWith(rule.first())) {
                out.add(new Interaction(atc(rule.second()), atc(rule.first()), rule.level(), rule.message(), rule.source()));
            }
        }
        out.sort(Comparator.comparing(Interaction::level));
        return List.copyOf(out);
    }

    /** @return the rules, for the loader */
    List<InteractionRule> rules() {
        return interactions;
    }
}
