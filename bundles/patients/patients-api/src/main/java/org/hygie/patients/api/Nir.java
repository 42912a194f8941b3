package org.hygie.patients.api;

import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * The French social-security number (NIR, "numéro de sécurité sociale"): 13 characters then a
 * 2-digit key equal to 97 − (the 13-digit number mod 97). Characters 6–7 are the birth
 * department; Corsica's {@code 2A} and {@code 2B} count as 19 and 18 for the key, as INSEE
 * specifies. The first character is the sex digit: 1 or 2, also 3, 4, 7, 8 for temporary and
 * special registrations; beyond that the structure is not checked, because INSEE assigns
 * unusual months (20–42, 50–99) and codes that a stricter check would wrongly refuse.
 */
public final class Nir {
    /** The verdict on a NIR. */
    public enum Check {
        VALID, INVALID_FORMAT, INVALID_KEY
    }

    private static final Pattern SHAPE = Pattern.compile("[123478][0-9]{4}(?:[0-9]{2}|2[AB])[0-9]{8}");
    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private Nir() {
    }

    /** @return the NIR without spaces, Corsican letters upper-cased; null for null */
    public static String compact(String nir) {
        return nir == null ? null : nir.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    }

    /** @return how a NIR (spaces allowed) fares against the rules */
    public static Check check(String nir) {
        String n = compact(nir);
        if (n == null || !SHAPE.matcher(n).matches()) {
            return Check.INVALID_FORMAT;
        }
        String body = n.substring(0, 13).replace("2A", "19").replace("2B", "18");
        int key = Integer.parseInt(n.substring(13));
        return key == key(body) ? Check.VALID : Check.INVALID_KEY;
    }

    /** @return the key of 13 digits (Corsican letters already replaced) */
    public static int key(String thirteenDigits) {
        return 97 - new BigInteger(thirteenDigits).mod(NINETY_SEVEN).intValue();
    }
}
