package org.hygie.core.problem;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every invalid field of a request before refusing it, so that a form can show all its
 * errors at once rather than one per round trip.
 *
 * <pre>
 * Checks checks = new Checks();
 * checks.required("lastName", dto.lastName()).maxLength("lastName", dto.lastName(), 100);
 * checks.throwIfAny();
 * </pre>
 */
public final class Checks {
    private final List<FieldError> errors = new ArrayList<>();

    /** Records an error on a field. */
    public Checks reject(String field, String code, String message) {
        errors.add(new FieldError(field, code, message));
        return this;
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
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    /** @return the errors recorded so far. */
    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    /** @throws HygieException (422) listing every recorded error, if there is any. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw HygieException.validation(errors);
        }
    }
}
