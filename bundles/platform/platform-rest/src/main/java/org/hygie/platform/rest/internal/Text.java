package org.hygie.platform.rest.internal;

/**
 * The platform's one rule on every text a request carries, in a body or a parameter, whatever the
 * field: no NUL character (PostgreSQL cannot store {@code \u0000} in text) and no half of a
 * surrogate pair (no character at all: stored, it comes back as garbage). Areas add their own
 * rules on top (control characters in names, lengths...).
 */
final class Text {
    static final String CODE = "invalid_characters";

    private Text() {
    }

    /** @return whether the text holds a NUL or an unpaired surrogate */
    static boolean isInvalid(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return true;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** @return the message of a field error on {@code field} */
    static String message(String field) {
        return field + " must not contain NUL (\\u0000) or unpaired surrogate characters";
    }
}
