package org.hygie.patients.server.internal;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The typing errors a search forgives in a name word, and how they are found.
 *
 * <p>The rule: a query word of 3 letters or fewer matches only exactly or as a beginning; from 4
 * letters on it may be one edit away from a name word, from 8 letters on two. An edit is a
 * letter missing, an extra letter, a wrong letter, or two neighbouring letters swapped (the
 * "optimal string alignment" variant of the Damerau-Levenshtein distance: a swapped pair counts
 * once, as typists make it).
 *
 * <p>How candidates are found: the database keeps, for every name word, the word itself and each
 * form with one letter deleted ({@code patients_name_variant}). Two words one edit apart always
 * share such a form (a wrong letter: both with it deleted; a swap: each with one of the pair
 * deleted; a missing or extra letter: the longer one with it deleted), so looking up the query
 * word's own {@link #deletionKeys} finds every word one edit away; the {@link #distance} check
 * then drops the candidates that only share a form (two edits apart). Two-edit words, allowed
 * only for long words, are completed by a trigram look-up (see {@code PatientsService}).
 */
final class Typos {
    /** Shorter words are matched only exactly or as a beginning. */
    static final int ONE_EDIT_FROM = 4;
    /** From this length on, two edits are forgiven. */
    static final int TWO_EDITS_FROM = 8;

    private Typos() {
    }

    /** @return how many edits a query word of this form may be away from a name word */
    static int allowedEdits(String word) {
        int n = word.codePointCount(0, word.length());
        return n >= TWO_EDITS_FROM ? 2 : n >= ONE_EDIT_FROM ? 1 : 0;
    }

    /**
     * @return the word and every form of it with up to {@code depth} letters deleted (0, 1 or 2),
     *         without duplicates, the word first
     */
    static Set<String> deletionKeys(String word, int depth) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(word);
        Set<String> level = Set.of(word);
        for (int d = 0; d < depth; d++) {
            Set<String> next = new LinkedHashSet<>();
            for (String w : level) {
                for (int i = 0; i < w.length(); i++) {
                    if (w.length() > 1) {
                        next.add(w.substring(0, i) + w.substring(i + 1));
                    }
                }
            }
            keys.addAll(next);
            level = next;
        }
        return keys;
    }

    /**
     * The optimal-string-alignment distance, computed only as far as it matters.
     *
     * @return the number of edits from {@code a} to {@code b}, or {@code max + 1} when it is more
     *         than {@code max}
     */
    static int distance(String a, String b, int max) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > max) {
            return max + 1;
        }
        int[] before = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, before[j - 2] + 1);
                }
                current[j] = d;
                rowMin = Math.min(rowMin, d);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] t = before;
            before = previous;
            previous = current;
            current = t;
        }
        return Math.min(previous[m], max + 1);
    }
}
