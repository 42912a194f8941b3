package org.hygie.users.server.internal;

import java.util.Locale;
import java.util.regex.Pattern;

import org.hygie.core.problem.Checks;

/** Login names: 3 to 64 characters among {@code a-z 0-9 . _ -}, compared in lower case. */
final class Usernames {
    static final int MIN = 3;
    static final int MAX = 64;
    private static final Pattern FORMAT = Pattern.compile("[a-z0-9._-]{" + MIN + "," + MAX + "}");

    private Usernames() {
    }

    /**
     * @return the name trimmed and in lower case, so that "Dr.Martin " logs in as dr.martin; the
     *         empty string for null
     */
    static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /** @return whether the (normalized) name has the allowed format. */
    static boolean isValid(String normalized) {
        return normalized != null && FORMAT.matcher(normalized).matches();
    }

    /** Records on {@code field} why a (normalized) name is refused, if it is. */
    static void check(Checks checks, String field, String normalized) {
        if (normalized == null || normalized.isEmpty()) {
            checks.reject(field, "required", field + " is required");
        } else if (normalized.length() < MIN || normalized.length() > MAX) {
            checks.reject(field, "length", field + " must be " + MIN + " to " + MAX + " characters");
        } else if (!isValid(normalized)) {
            checks.reject(field, "format", field + " may only hold lower-case letters a-z, digits, '.', '_' and '-'");
        }
    }
}
