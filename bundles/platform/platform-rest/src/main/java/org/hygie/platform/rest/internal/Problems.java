package org.hygie.platform.rest.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hygie.core.problem.FieldError;
import org.hygie.core.problem.Problem;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Builds {@code application/problem+json} responses, the one error format of the API. */
final class Problems {
    static final MediaType PROBLEM_JSON = MediaType.valueOf(Problem.MEDIA_TYPE);

    private Problems() {
    }

    static Response response(Problem problem) {
        return Response.status(problem.status()).type(PROBLEM_JSON).entity(body(problem)).build();
    }

    static Response response(int status, String type, String title, String detail) {
        return response(new Problem(type, title, status, detail, List.of(), Map.of()));
    }

    /** RFC 9457 puts extension members at the top level, beside type, title, status and detail. */
    static Map<String, Object> body(Problem problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.type());
        body.put("title", problem.title());
        body.put("status", problem.status());
        body.put("detail", problem.detail());
        if (!problem.errors().isEmpty()) {
            body.put("errors", problem.errors().stream().map(Problems::fieldError).toList());
        }
        problem.properties().forEach(body::putIfAbsent);
        return body;
    }

    private static Map<String, Object> fieldError(FieldError error) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("field", error.field());
        map.put("code", error.code());
        map.put("message", error.message());
        return map;
    }
}
