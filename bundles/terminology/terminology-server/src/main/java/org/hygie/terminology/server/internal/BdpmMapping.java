package org.hygie.terminology.server.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.hygie.terminology.api.AtcClass;
import org.hygie.terminology.api.Drug;
import org.hygie.terminology.api.DrugSource;
import org.hygie.terminology.api.Substance;
import org.hygie.terminology.server.internal.BdpmFiles.Component;
import org.hygie.terminology.server.internal.BdpmFiles.Content;
import org.hygie.terminology.server.internal.BdpmFiles.Speciality;

/**
 * Turns the BDPM's rows into catalogue drugs, with what the curated set knows:
 *
 * <ul>
 * <li>a substance is named by its DCI as in the curated set when its BDPM name, once its salt or
 * hydrate words are set aside ("CHLORHYDRATE DE MORPHINE TRIHYDRATÉ" is morphine), is one the set
 * knows; otherwise by its BDPM name in lower case;</li>
 * <li>a drug takes the ATC class of the curated drugs with the same substances and a route in
 * common (a cutaneous ketoprofen gel does not take the class of oral ketoprofen); none otherwise;</li>
 * <li>a drug is a narcotic when its prescribing conditions say "stupéfiants", or, when the
 * conditions file is absent, when its only substance is one of a narcotic of the curated set.</li>
 * </ul>
 */
final class BdpmMapping {
    /** Words of a substance's BDPM name that name its salt, hydrate or form rather than the substance. */
    private static final Set<String> SALT_WORDS = Set.of("base", "anhydre", "hydrate", "monohydrate", "monohydratee",
            "dihydrate", "dihydratee", "trihydrate", "trihydratee", "hemihydrate", "sesquihydrate", "pentahydrate",
            "hydratee", "chlorhydrate", "dichlorhydrate", "bromhydrate", "sulfate", "maleate", "hydrogenomaleate",
            "fumarate", "hemifumarate", "tartrate", "hydrogenotartrate", "bitartrate", "succinate", "citrate", "mesilate",
            "mesylate", "besilate", "acetate", "phosphate", "sodique", "potassique", "calcique", "magnesique",
            "de", "d", "sel", "sodium", "potassium", "calcium", "magnesium", "arginine", "erbumine", "tosilate",
            "hyclate", "lysinate", "cilexetil", "medoxomil", "axetil", "proxetil", "pivoxil", "micronise", "micronisee", "exprime", "exprimee", "en", "sous", "forme", "hydrochloride");

    private final Map<String, String> dciByKey = new HashMap<>();
    private final Map<Set<String>, Map<String, Set<String>>> atcBySubstances = new HashMap<>();
    private final Set<String> narcoticDcis = new LinkedHashSet<>();
    private final Map<String, String> atcLabels;

    BdpmMapping(ShippedCatalogue curated) {
        atcLabels = curated.atcLabels();
        for (Drug d : curated.drugs()) {
            Set<String> keys = new TreeSet<>();
            for (Substance s : d.substances()) {
                dciByKey.put(Text.key(s.inn()), s.inn());
                keys.add(Text.key(s.inn()));
            }
            if (d.atc() != null) {
                atcBySubstances.computeIfAbsent(keys, k -> new LinkedHashMap<>())
                        .computeIfAbsent(d.atc().code(), k -> new LinkedHashSet<>()).addAll(routeKeys(d.routes()));
            }
            if (d.narcotic() && d.substances().size() == 1) {
                narcoticDcis.add(Text.key(d.substances().get(0).inn()));
            }
        }
    }

    /** @return the drugs of the files, source BDPM */
    List<Drug> drugs(Content content) {
        List<Drug> out = new ArrayList<>(content.specialities().size());
        for (Speciality s : content.specialities()) {
            List<Substance> substances = substances(content.components().getOrDefault(s.cis(), List.of()));
            Set<String> keys = new TreeSet<>();
            substances.forEach(x -> keys.add(Text.key(x.inn())));
            boolean narcotic = content.narcotics().isEmpty() && substances.size() == 1
                    ? narcoticDcis.contains(Text.key(substances.get(0).inn()))
                    : content.narcotics().contains(s.cis());
            out.add(new Drug(s.cis(), s.name(), s.form(), s.routes(), substances, atc(keys, s.routes()), narcotic,
                    DrugSource.BDPM));
        }
        return out;
    }

    /**
     * The active substances of a speciality: those of its first pharmaceutical element (a kit's
     * other elements repeat them or are solvents), for each link number the therapeutic fraction
     * when there is one (the base, whose strength the prescriber doses), else the substance.
     */
    private List<Substance> substances(List<Component> components) {
        if (components.isEmpty()) {
            return List.of();
        }
        String element = components.get(0).element();
        Map<String, Component> byLink = new LinkedHashMap<>();
        for (Component c : components) {
            if (!c.element().equals(element)) {
                continue;
            }
            Component known = byLink.get(c.link());
            if (known == null || c.nature().equals("FT") && !known.nature().equals("FT")) {
                byLink.put(c.link(), c);
            }
        }
        List<Substance> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<Component> ordered = new ArrayList<>(byLink.values());
        ordered.sort(Comparator.comparing((Component c) -> linkNumber(c.link())));
        for (Component c : ordered) {
            String dci = dci(c.name());
            if (seen.add(Text.key(dci))) {
                out.add(new Substance(dci, c.strength()));
            }
        }
        return out;
    }

    private static int linkNumber(String link) {
        try {
            return Integer.parseInt(link.strip());
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    /**
     * @return the DCI of the curated set this BDPM substance name is, or the name in lower case.
     *         Tried in turn: the name itself; without its salt or hydrate words; with what is
     *         between brackets put first ("CLAVULANIQUE (ACIDE)" is acide clavulanique).
     */
    String dci(String bdpmName) {
        String known = dciByKey.get(Text.key(bdpmName));
        if (known == null) {
            known = dciByKey.get(withoutSalts(Text.words(bdpmName)));
        }
        java.util.regex.Matcher bracket = java.util.regex.Pattern.compile("^(.*)\\(([^)]*)\\)\\s*$").matcher(bdpmName);
        if (known == null && bracket.matches()) {
            List<String> words = new ArrayList<>(Text.words(bracket.group(2)));
            words.addAll(Text.words(bracket.group(1)));
            known = dciByKey.get(String.join(" ", words));
            if (known == null) {
                known = dciByKey.get(withoutSalts(words));
            }
        }
        return known != null ? known : bdpmName.strip().toLowerCase(Locale.FRENCH);
    }

    private static String withoutSalts(List<String> words) {
        List<String> kept = new ArrayList<>();
        for (String word : words) {
            if (!SALT_WORDS.contains(word)) {
                kept.add(word);
            }
        }
        return String.join(" ", kept);
    }

    private AtcClass atc(Set<String> substanceKeys, List<String> routes) {
        Map<String, Set<String>> candidates = atcBySubstances.get(substanceKeys);
        if (candidates == null) {
            return null;
        }
        Set<String> mine = routeKeys(routes);
        for (Map.Entry<String, Set<String>> e : candidates.entrySet()) {
            if (e.getValue().stream().anyMatch(mine::contains)) {
                return new AtcClass(e.getKey(), atcLabels.get(e.getKey()));
            }
        }
        return null;
    }

    private static Set<String> routeKeys(List<String> routes) {
        Set<String> keys = new LinkedHashSet<>();
        routes.forEach(r -> keys.add(Text.key(r)));
        return keys;
    }
}
