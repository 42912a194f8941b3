package org.hygie.patients.server.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hygie.patients.server.internal.SearchPlan.Alternative;

/**
 * Decides, from the name words the dictionary returned as candidates, which whole names each
 * query word may stand for: a name one of whose words the query word equals (a part of a compound
 * name) or is within the edits {@link Typos} allows for its length. The dictionary look-up only
 * narrows; this is where the rule is applied.
 */
final class NameAlternatives {
    /**
     * A row of the dictionary {@code patients_name_word}.
     *
     * @param word a word of a normalised name
     * @param name the whole normalised name
     */
    record NameWord(String word, String name) {
    }

    /**
     * Fewest edits first; then a name that is the word alone before the compound names holding it
     * (the plan keeps a bounded number per word: "mathieu" must not give way to the hundreds of
     * "bernard mathieu"), shorter names first, then name order.
     */
    static final Comparator<Alternative> RANK = Comparator.comparingInt(Alternative::edits)
            .thenComparingInt((Alternative a) -> a.name().indexOf(' ') < 0 ? 0 : 1)
            .thenComparingInt(a -> a.name().length()).thenComparing(Alternative::name);

    private NameAlternatives() {
    }

    /**
     * @param words the query's words, in order
     * @param candidates dictionary rows (any order, duplicates allowed)
     * @return for each word, in order, the names it may stand for, each at its fewest edits, in
     *         {@link #RANK} order; none for words under
     *         {@link SearchPlan#PART_MIN_LENGTH} letters
     */
    static List<List<Alternative>> of(List<String> words, List<NameWord> candidates) {
        List<List<Alternative>> out = new ArrayList<>();
        for (String w : words) {
            Map<String, Alternative> best = new LinkedHashMap<>();
            if (w.length() >= SearchPlan.PART_MIN_LENGTH) {
                int max = Typos.allowedEdits(w);
                for (NameWord c : candidates) {
                    int d = Typos.distance(w, c.word(), max);
                    if (d <= max) {
                        best.merge(c.name(), new Alternative(c.name(), d), (a, b) -> a.edits() <= b.edits() ? a : b);
                    }
                }
            }
            out.add(best.values().stream().sorted(RANK).toList());
        }
        return out;
    }
}
