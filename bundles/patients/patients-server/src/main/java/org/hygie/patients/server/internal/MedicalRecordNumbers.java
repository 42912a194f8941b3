package org.hygie.patients.server.internal;

/**
 * Medical record numbers (MRN): 9 digits, an 8-digit body from the database sequence
 * {@code patients_mrn_seq} (zero-padded) followed by its Luhn check digit, so that a mistyped
 * digit or two swapped neighbours are caught before a search. Sequence 1 gives {@code 000000018}.
 */
final class MedicalRecordNumbers {
    static final int LENGTH = 9;
    static final long MAX_SEQUENCE = 99_999_999L;

    private MedicalRecordNumbers() {
    }

    /** @return the MRN of a sequence value, from 1 to {@link #MAX_SEQUENCE} */
    static String format(long sequence) {
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new IllegalArgumentException("MRN sequence out of range: " + sequence);
        }
        String body = String.format("%08d", sequence);
        return body + luhnCheckDigit(body);
    }

    /** @return whether the value is 9 digits whose last one is the Luhn digit of the others */
    static boolean isValid(String mrn) {
        return mrn != null && mrn.length() == LENGTH && mrn.chars().allMatch(c -> c >= '0' && c <= '9')
                && luhnCheckDigit(mrn.substring(0, LENGTH - 1)) == mrn.charAt(LENGTH - 1) - '0';
    }

    /**
     * @return the query as an MRN when, spaces removed, it is 9 digits (valid or not: an invalid
     *         one simply finds nobody), or null when it is not shaped like one
     */
    static String fromQuery(String query) {
        if (query == null) {
            return null;
        }
        String compact = query.replace(" ", "");
        return compact.length() == LENGTH && compact.chars().allMatch(c -> c >= '0' && c <= '9') ? compact : null;
    }

    /** Luhn: from the rightmost digit of the body, double every other digit, starting with it. */
    static int luhnCheckDigit(String digits) {
        int sum = 0;
        boolean doubleIt = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return (10 - sum % 10) % 10;
    }
}
