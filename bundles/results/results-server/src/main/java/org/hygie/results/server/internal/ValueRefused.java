package org.hygie.results.server.internal;

import org.hygie.core.problem.FieldError;

/**
 * A value, unit or test a result cannot be entered with (codes of {@link org.hygie.results.api.ResultCodes}).
 * The service that takes a whole order's results gathers them into one 422, each under its item's path.
 */
final class ValueRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String code;

    ValueRefused(String field, String code, String message) {
        super(message);
        this.field = field;
        this.code = code;
    }

    /** @return the refused field of the entry: {@code loinc}, {@code value} or {@code unit} */
    String field() {
        return field;
    }

    String code() {
        return code;
    }

    /** @param path where the entry sits in the request ({@code items[2]}), or empty for none */
    FieldError toFieldError(String path) {
        return new FieldError(path.isEmpty() ? field : path + "." + field, code, getMessage());
    }
}
