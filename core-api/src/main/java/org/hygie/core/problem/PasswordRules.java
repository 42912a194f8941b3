package org.hygie.core.problem;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * What makes a new password guessable beyond its length, in one place for every way a password is
 * set (a user's own change, an administrator's creation or reset), following NIST SP 800-63B
 * §5.1.1.2: no composition rules, but a refusal of
 * <ul>
 * <li>{@value #COMMON}: one of the 10,000 most common passwords, whole, as a repetition
 * ({@code passwordpassword}), or once sequences and the digits and signs around it are taken away
 * ({@code password1234}, {@code superman2024!});</li>
 * <li>{@value #TRIVIAL}: made of repetitions and sequences, with fewer than {@value #MIN_OWN}
 * characters of its own ({@code aaaaaaaaaaaa}, {@code 123456789012}, {@code azertyuiop12}):
 * sequences are runs of 3 or more neighbours in the alphabet, the digits or a keyboard row
 * (AZERTY, QWERTY, QWERTZ), either way, and repeated characters;</li>
 * <li>{@value #CONTAINS_NAME}: holds the username, or a part of 4 letters or more of it or of the
 * person's name, whatever the case and accents.</li>
 * </ul>
 * The list is {@code common-passwords.txt} beside this class (where it comes from: the README). Reuse
 * of recent passwords ({@value #REUSED}) needs the account's history: the users area checks it.
 */
public final class PasswordRules {
    /** Code of a password among the most common ones. */
    public static final String COMMON = "common_password";
    /** Code of a password made of repetitions and sequences. */
    public static final String TRIVIAL = "trivial_password";
    /** Code of a password that holds the username or the person's name. */
    public static final String CONTAINS_NAME = "contains_name";
    /** Code of a password the account used recently (checked by the users area). */
    public static final String REUSED = "reused_password";

    /** The fewest characters outside repetitions and sequences a password must have. */
    public static final int MIN_OWN = 4;
    /** The shortest part of a name that a password may not contain. */
    static final int MIN_NAME_PART = 4;
    private static final int MIN_RUN = 3;

    /** Alphabets whose neighbours make sequences, either way; "0" at both ends of the digits. */
    private static final List<String> SEQUENCES = List.of("abcdefghijklmnopqrstuvwxyz", "01234567890",
            "azertyuiop", "qsdfghjklm", "wxcvbn", "qwertyuiop", "asdfghjkl", "zxcvbnm", "qwertzuiop", "yxcvbnm");

    private PasswordRules() {
    }

    /**
     * @param password the new password (null: nothing to say)
     * @param names the username and the person's name, to keep out of the password; may be empty
     * @return the code of the first rule the password breaks, or empty
     */
    public static Optional<String> weakness(String password, Collection<String> names) {
        if (password == null || password.isEmpty()) {
            return Optional.empty();
        }
        String folded = fold(password);
        for (String part : nameParts(names)) {
            if (folded.contains(part)) {
                return Optional.of(CONTAINS_NAME);
            }
        }
        String unit = repeatedUnit(folded);
        Set<String> common = Common.LIST;
        if (common.contains(folded) || common.contains(unit)) {
            return Optional.of(COMMON);
        }
        String own = withoutRuns(unit);
        if (own.codePointCount(0, own.length()) < MIN_OWN) {
            return Optional.of(TRIVIAL);
        }
        String core = stripNonLetters(own);
        return common.contains(core) || common.contains(stripNonLetters(unit)) ? Optional.of(COMMON) : Optional.empty();
    }

    /** @return the code of the first rule a password breaks regardless of whose it is, or empty. */
    public static Optional<String> weakness(String password) {
        return weakness(password, List.of());
    }

    /** @return the English sentence of a code of these rules, for the 422 a client reads. */
    public static String message(String code) {
        return switch (code) {
            case COMMON -> "is one of the most common passwords, which are tried first: choose another";
            case TRIVIAL -> "is made of repetitions or sequences (aaaa, 1234, abcd, azerty): choose a less predictable one";
            case CONTAINS_NAME -> "must not contain the username or the person's name";
            case REUSED -> "was used recently for this account: choose a new one";
            default -> "is not allowed";
        };
    }

    /** @return {@code "code: sentence"}, the template {@link FieldRules#reject} and {@link Checks} take. */
    public static String template(String code) {
        return code + ": the password " + message(code);
    }

    /** Checks {@link Password} beyond its length (which {@link CodePoints} checks). */
    public static final class Validator implements ConstraintValidator<Password, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            int length = value.codePointCount(0, value.length());
            if (length < Password.MIN_LENGTH || length > Password.MAX_LENGTH) {
                return true; // said by the length rule; one reason at a time
            }
            Optional<String> weakness = weakness(value);
            return weakness.isEmpty() || FieldRules.reject(context, template(weakness.get()));
        }
    }

    // ---------------------------------------------------------------- the parts

    /** Lower case without accents, so that "Hélène" and "HELENE" are the same name. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    /** The username whole (3 characters at least), and every part of 4 letters or more of the names. */
    static List<String> nameParts(Collection<String> names) {
        List<String> parts = new ArrayList<>();
        for (String name : names) {
            if (name == null || name.isBlank()) {
                continue;
            }
            String folded = fold(name.strip());
            if (folded.length() >= MIN_RUN && !folded.contains(" ")) {
                parts.add(folded);
            }
            for (String part : folded.split("[^\\p{L}\\p{N}]+")) {
                if (part.length() >= MIN_NAME_PART) {
                    parts.add(part);
                }
            }
        }
        return parts;
    }

    /** @return the shortest text whose repetition is the password ("password" for "passwordpassword"), or itself */
    static String repeatedUnit(String text) {
        int n = text.length();
        for (int size = 1; size <= n / 2; size++) {
            if (n % size == 0 && text.substring(0, size).repeat(n / size).equals(text)) {
                return text.substring(0, size);
            }
        }
        return text;
    }

    /** @return the text without its runs of 3 or more repeated or neighbouring characters */
    static String withoutRuns(String text) {
        StringBuilder own = new StringBuilder();
        int start = 0;
        while (start < text.length()) {
            int end = start + 1;
            while (end < text.length() && neighbours(text.charAt(end - 1), text.charAt(end))) {
                end++;
            }
            if (end - start < MIN_RUN) {
                own.append(text, start, end);
            }
            start = end;
        }
        return own.toString();
    }

    static boolean neighbours(char a, char b) {
        if (a == b) {
            return true;
        }
        for (String sequence : SEQUENCES) {
            int i = sequence.indexOf(a);
            while (i >= 0) {
                if (i > 0 && sequence.charAt(i - 1) == b || i + 1 < sequence.length() && sequence.charAt(i + 1) == b) {
                    return true;
                }
                i = sequence.indexOf(a, i + 1);
            }
        }
        return false;
    }

    private static String stripNonLetters(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && !Character.isLetter(text.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /** The list, read once on first use. */
    private static final class Common {
        static final Set<String> LIST = load();

        private static Set<String> load() {
            Set<String> words = new HashSet<>(16_384);
            try (InputStream in = PasswordRules.class.getResourceAsStream("common-passwords.txt")) {
                if (in == null) {
                    throw new IllegalStateException("common-passwords.txt is missing beside PasswordRules");
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (!line.isBlank()) {
                        words.add(line.strip());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // French words of the same kind the list (English-speaking leaks) misses
            words.addAll(List.of("motdepasse", "azerty", "bonjour", "soleil", "doudou", "chouchou", "loulou",
                    "hopital", "hygie", "medecin", "docteur", "secretaire", "infirmier", "infirmiere"));
            return Set.copyOf(words);
        }
    }
}
