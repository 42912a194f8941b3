package org.hygie.core.problem;

import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem detail, the body of every error Hygie answers
 * ({@code application/problem+json}).
 *
 * @param type a URI naming the kind of problem ({@code urn:hygie:problem:validation})
 * @param title a short summary of that kind
 * @param status the HTTP status
 * @param detail what went wrong this time, in words a user can act on
 * @param errors the invalid fields, for validation problems; empty otherwise
 * @param properties extra members (the conflicting appointment, the lock end...), may be empty
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors,
        Map<String, Object> properties) {
    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }
}
