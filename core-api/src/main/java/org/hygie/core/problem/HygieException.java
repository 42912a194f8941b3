package org.hygie.core.problem;

import java.util.List;
import java.util.Map;

/**
 * A failure a client caused or must know about. Services throw it; the REST platform turns it into
 * a {@link Problem} with its status, and desktop clients turn a problem back into one.
 */
public class HygieException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String type;
    private final String title;
    private final List<FieldError> errors;
    private final Map<String, Object> properties;

    public HygieException(int status, String type, String title, String detail, List<FieldError> errors,
            Map<String, Object> properties) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.properties = properties == null ? Map.of() : Map.copyOf(properties);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, Object> properties() {
        return properties;
    }

    /** @return this failure as the problem detail a client receives. */
    public Problem toProblem() {
        return new Problem(type, title, status, getMessage(), errors, properties);
    }

    /** 400: the request itself is malformed (bad parameter, unreadable body). */
    public static HygieException badRequest(String detail) {
        return new HygieException(400, ProblemTypes.BAD_REQUEST, "Bad request", detail, null, null);
    }

    /** 404: the named thing does not exist (or the caller may not know it does). */
    public static HygieException notFound(String detail) {
        return new HygieException(404, ProblemTypes.NOT_FOUND, "Not found", detail, null, null);
    }

    /** 403: the caller is known but may not do this. */
    public static HygieException forbidden(String detail) {
        return new HygieException(403, ProblemTypes.FORBIDDEN, "Forbidden", detail, null, null);
    }

    /** 409: the request conflicts with the current state (stale version, double booking...). */
    public static HygieException conflict(String detail, Map<String, Object> properties) {
        return new HygieException(409, ProblemTypes.CONFLICT, "Conflict", detail, null, properties);
    }

    /** The problem member, in whole seconds, that the REST platform also sends as {@code Retry-After}. */
    public static final String RETRY_AFTER = "retryAfter";

    /**
     * 429: too many tries; the client must wait {@code retryAfterSeconds} before the next one
     * ({@value #RETRY_AFTER} in the problem, and the {@code Retry-After} header).
     */
    public static HygieException tooManyRequests(String detail, long retryAfterSeconds) {
        return new HygieException(429, ProblemTypes.TOO_MANY_REQUESTS, "Too many requests", detail, null,
                Map.of(RETRY_AFTER, retryAfterSeconds));
    }

    /** 422: the request is well-formed but its fields break the rules. */
    public static HygieException validation(List<FieldError> errors) {
        String detail = errors.size() == 1 ? errors.get(0).message()
                : errors.size() + " fields are invalid: " + String.join(", ",
                        errors.stream().map(FieldError::field).toList());
        return new HygieException(422, ProblemTypes.VALIDATION, "Invalid request", detail, errors, null);
    }
}
