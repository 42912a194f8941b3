package org.hygie.core.problem;

/**
 * One invalid field of a request.
 *
 * @param field the field's name as the client sent it (for nested fields, dotted: {@code address.city})
 * @param code a stable machine code the desktop translates ({@code required}, {@code too_long}, ...)
 * @param message an English sentence for logs and for clients without a translation
 */
public record FieldError(String field, String code, String message) {
}
