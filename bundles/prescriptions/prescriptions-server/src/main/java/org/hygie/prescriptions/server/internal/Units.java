package org.hygie.prescriptions.server.internal;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/** A dose with its unit in French words, as a secure-form ordonnance writes it (« dix milligrammes »). */
final class Units {
    /** Abbreviations and their words, singular. */
    private static final Map<String, String> WORDS = Map.ofEntries(Map.entry("mg", "milligramme"),
            Map.entry("g", "gramme"), Map.entry("µg", "microgramme"), Map.entry("μg", "microgramme"),
            Map.entry("mcg", "microgramme"), Map.entry("ml", "millilitre"), Map.entry("l", "litre"),
            Map.entry("ui", "unité internationale"), Map.entry("mg/h", "milligramme par heure"),
            Map.entry("µg/h", "microgramme par heure"), Map.entry("μg/h", "microgramme par heure"),
            Map.entry("cp", "comprimé"), Map.entry("gél", "gélule"));

    private Units() {
    }

    /** @return {@code 10 mg} as « dix milligrammes », {@code 1 comprimé} as « un comprimé » */
    static String words(BigDecimal dose, String unit) {
        String number = FrenchNumbers.words(dose);
        if (unit == null || unit.isBlank()) {
            return number;
        }
        String u = unit.strip();
        String word = WORDS.getOrDefault(u.toLowerCase(Locale.ROOT), u);
        // French puts the plural from two on (« un virgule cinq milligramme »).
        boolean plural = dose.compareTo(BigDecimal.valueOf(2)) >= 0;
        return number + " " + (plural ? plural(word) : word);
    }

    /** The plural of each noun of a unit (« unités internationales », « milligrammes par heure »). */
    private static String plural(String word) {
        int par = word.indexOf(" par ");
        String head = par < 0 ? word : word.substring(0, par);
        String tail = par < 0 ? "" : word.substring(par);
        StringBuilder out = new StringBuilder();
        for (String w : head.split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(w.endsWith("s") || w.endsWith("x") || w.endsWith("z") ? w : w + "s");
        }
        return out + tail;
    }
}
