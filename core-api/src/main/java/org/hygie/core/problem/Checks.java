package org.hygie.core.problem;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects every invalid field of a request before refusing it, so that a form can show all its
 * errors at once rather than one per round trip.
 *
 * <pre>
 * Checks checks = new Checks();
 * checks.required("lastName", dto.lastName()).maxLength("lastName", dto.lastName(), 100);
 * checks.throwIfAny();
 * </pre>
 *
 * At most {@link #MAX_ERRORS} errors are kept and answered: a request with thousands of bad items
 * must not make an answer (or a heap) thousands of times larger; the problem then carries the
 * number of the others in its {@code otherErrors} property.
 */
public final class Checks {
    /** How many errors a 422 lists at most. */
    public static final int MAX_ERRORS = 20;

    private final List<FieldError> errors = new ArrayList<>();
    private final Set<String> invalidFields = new HashSet<>();
    private int others;

    /** Records an error on a field (beyond {@link #MAX_ERRORS}, only counted). */
    public Checks reject(String field, String code, String message) {
        invalidFields.add(field);
        if (errors.size() < MAX_ERRORS) {
            errors.add(new FieldError(field, code, message));
        } else {
            others++;
        }
        return this;
    }

    /** Counts an error left out of the answer by a rule of its own ({@link FieldRules}' per-code cap). */
    void omit() {
        others++;
    }

    /** Records an error unless the condition holds. */
    public Checks require(boolean condition, String field, String code, String message) {
        if (!condition) {
            reject(field, code, message);
        }
        return this;
    }

    /** A value that must be present; a string must also not be blank. */
    public Checks required(String field, Object value) {
        boolean present = value != null && !(value instanceof String s && s.isBlank());
        return require(present, field, "required", field + " is required");
    }

    /** A string no longer than {@code max} characters (absent values pass: combine with required). */
    public Checks maxLength(String field, String value, int max) {
        return require(value == null || value.length() <= max, field, "too_long",
                field + " must be at most " + max + " characters");
    }

    /** A string at least {@code min} characters long (absent values pass). */
    public Checks minLength(String field, String value, int min) {
        return require(value == null || value.length() >= min, field, "too_short",
                field + " must be at least " + min + " characters");
    }

    /** @return whether an error was recorded on this field. */
    public boolean hasError(String field) {
        return invalidFields.contains(field);
    }

    /** @return the errors recorded so far (the first {@link #MAX_ERRORS}). */
    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    /** @return how many errors were recorded beyond {@link #MAX_ERRORS} and left out. */
    public int otherErrors() {
        return others;
    }

    /**
     * @throws HygieException (422) listing every recorded error, if there is any (the first
     *         {@link #MAX_ERRORS}, and the count of the others in {@code otherErrors})
     */
    public void throwIfAny() {
        if (others > 0) {
            HygieException listed = HygieException.validation(errors);
            throw new HygieException(422, listed.type(), listed.title(), listed.getMessage() + " (and " + others
                    + " more)", errors, Map.of("otherErrors", others));
        }
        if (!errors.isEmpty()) {
            throw HygieException.validation(errors);
        }
    }
}
