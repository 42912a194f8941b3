package org.hygie.terminology.server.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The searchable form of catalogue text, computed in Java so that the stored keys and the queries
 * normalise alike: accents removed, ligatures spelt out, lower case, anything but letters and
 * digits a single space ("Acide acétylsalicylique" → "acide acetylsalicylique"). The result holds
 * only letters, digits and single spaces, so it is safe inside a LIKE pattern.
 */
final class Text {
    /** Words around an allergy written as free text that say nothing of what it is to. */
    private static final Set<String> ALLERGY_WORDS = Set.of("allergie", "allergique", "allergy", "intolerance",
            "reaction", "hypersensibilite", "a", "au", "aux", "l", "la", "le", "les", "d", "de", "du", "des", "un",
            "une", "connue", "severe", "grave");

    private Text() {
    }

    /** @return the normalised text; empty for null or blank */
    static String key(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean pendingSpace = false;
        for (int i = 0; i < decomposed.length();) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK) {
                continue;
            }
            if (!Character.isLetterOrDigit(cp)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            switch (cp) {
                case 'œ', 'Œ' -> out.append("oe");
                case 'æ', 'Æ' -> out.append("ae");
                case 'ß' -> out.append("ss");
                default -> out.append(new String(Character.toChars(cp)).toLowerCase(Locale.ROOT));
            }
        }
        return out.toString();
    }

    /** @return the code of a substance allergen: {@code inn:} and its DCI's key, words joined by hyphens */
    static String substanceCode(String inn) {
        return "inn:" + key(inn).replace(' ', '-');
    }

    /** @return the words of the normalised text */
    static List<String> words(String text) {
        String k = key(text);
        return k.isEmpty() ? List.of() : List.of(k.split(" "));
    }

    /**
     * How an allergy written as free text, or a name it may be read as, compares: its key without
     * the words around it ("allergie aux", "sévère"), what is between brackets (a reaction, a
     * date), and plurals ("pénicillines" reads as "pénicilline").
     */
    static String reading(String text) {
        if (text == null) {
            return "";
        }
        String withoutBrackets = text.replaceAll("\\([^)]*\\)|\\[[^]]*\\]", " ");
        List<String> kept = new ArrayList<>();
        for (String word : words(withoutBrackets)) {
            if (!ALLERGY_WORDS.contains(word)) {
                kept.add(singular(word));
            }
        }
        return String.join(" ", kept);
    }

    private static String singular(String word) {
        if (word.length() > 3 && (word.endsWith("s") || word.endsWith("x")) && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
