package org.hygie.prescriptions.server.internal;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers in French words, as a narcotic's quantities are written on an ordonnance sécurisée
 * (« dix milligrammes », « vingt-huit jours »). Traditional spelling: hyphens below a hundred, « et »
 * in 21, 31... 71, « quatre-vingts » and « deux cents » plural when they end the number, « mille »
 * invariable. A few dozen lines rather than ICU4J (14 MB) for the one thing the server needs from it.
 */
final class FrenchNumbers {
    private static final String[] UNITS = { "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit",
            "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit",
            "dix-neuf" };
    private static final String[] TENS = { "", "", "vingt", "trente", "quarante", "cinquante", "soixante" };
    private static final Pattern DIGITS = Pattern.compile("\\d+(?:[.,]\\d+)?");

    private FrenchNumbers() {
    }

    /** @return a whole number from 0 to 999 999 999 999 in words */
    static String words(long n) {
        if (n < 0 || n > 999_999_999_999L) {
            throw new IllegalArgumentException("Out of range: " + n);
        }
        if (n == 0) {
            return UNITS[0];
        }
        StringBuilder out = new StringBuilder();
        long billions = n / 1_000_000_000;
        long millions = n / 1_000_000 % 1000;
        long thousands = n / 1000 % 1000;
        long rest = n % 1000;
        if (billions > 0) {
            append(out, below1000((int) billions, false) + (billions > 1 ? " milliards" : " milliard"));
        }
        if (millions > 0) {
            append(out, below1000((int) millions, false) + (millions > 1 ? " millions" : " million"));
        }
        if (thousands > 0) {
            append(out, thousands == 1 ? "mille" : below1000((int) thousands, true) + " mille");
        }
        if (rest > 0) {
            append(out, below1000((int) rest, false));
        }
        return out.toString();
    }

    /**
     * @return a decimal in words, its decimals read as a number after « virgule » (2,5: « deux
     *         virgule cinq »; 0,25: « zéro virgule vingt-cinq »; 0,05: « zéro virgule zéro cinq »)
     */
    static String words(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.signum() < 0) {
            throw new IllegalArgumentException("Negative: " + value);
        }
        if (v.scale() <= 0) {
            return words(v.longValueExact());
        }
        String plain = v.toPlainString();
        int dot = plain.indexOf('.');
        String decimals = plain.substring(dot + 1);
        StringBuilder out = new StringBuilder(words(Long.parseLong(plain.substring(0, dot)))).append(" virgule");
        int zeros = 0;
        while (zeros < decimals.length() - 1 && decimals.charAt(zeros) == '0') {
            out.append(" zéro");
            zeros++;
        }
        return out.append(' ').append(words(Long.parseLong(decimals.substring(zeros)))).toString();
    }

    /** @return the text with each number in it followed by its words: « 3 fois par jour » → « 3 (trois) fois par jour » */
    static String withWords(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = DIGITS.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String number = m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(number + " (" + words(new BigDecimal(number.replace(',', '.')))
                    + ")"));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** @param plural whether a multiplier follows (« deux cent mille », not « deux cents mille ») */
    private static String below1000(int n, boolean beforeMultiplier) {
        int hundreds = n / 100;
        int rest = n % 100;
        StringBuilder out = new StringBuilder();
        if (hundreds > 0) {
            out.append(hundreds == 1 ? "cent" : UNITS[hundreds] + " cent");
            if (hundreds > 1 && rest == 0 && !beforeMultiplier) {
                out.append('s');
            }
        }
        if (rest > 0) {
            append(out, below100(rest, beforeMultiplier));
        }
        return out.toString();
    }

    private static String below100(int n, boolean beforeMultiplier) {
        if (n < 20) {
            return UNITS[n];
        }
        int tens = n / 10;
        int unit = n % 10;
        if (tens == 7 || tens == 9) {
            String base = tens == 7 ? "soixante" : "quatre-vingt";
            String teen = UNITS[10 + unit];
            return base + (n == 71 ? " et " : "-") + teen;
        }
        if (tens == 8) {
            return unit == 0 ? (beforeMultiplier ? "quatre-vingt" : "quatre-vingts") : "quatre-vingt-" + UNITS[unit];
        }
        if (unit == 0) {
            return TENS[tens];
        }
        return TENS[tens] + (unit == 1 ? " et un" : "-" + UNITS[unit]);
    }

    private static void append(StringBuilder out, String part) {
        if (out.length() > 0) {
            out.append(' ');
        }
        out.append(part);
    }
}
