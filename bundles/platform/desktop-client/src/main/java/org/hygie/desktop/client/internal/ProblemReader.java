package org.hygie.desktop.client.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hygie.core.problem.FieldError;
import org.hygie.core.problem.HygieException;
import org.hygie.desktop.client.ClientProblems;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Turns an error answer of the server back into the HygieException the server threw. */
final class ProblemReader {
    private static final List<String> STANDARD = List.of("type", "title", "status", "detail", "errors", "instance");

    private final ObjectMapper mapper;

    ProblemReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * @param status the HTTP status
     * @param body the answer's body, possibly empty or not JSON
     * @return the problem the body describes; for a body that is no problem detail, a problem of
     *         type {@link ClientProblems#UNEXPECTED} with the status
     */
    HygieException read(int status, String body) {
        JsonNode node = null;
        try {
            node = body == null || body.isBlank() ? null : mapper.readTree(body);
        } catch (IOException notJson) {
            // an HTML error page of a proxy, for instance: reported below as unexpected
        }
        if (node == null || !node.isObject() || !node.hasNonNull("type")) {
            return new HygieException(status, ClientProblems.UNEXPECTED, "HTTP " + status,
                    "The server answered HTTP " + status + " without a problem detail", null, null);
        }
        List<FieldError> errors = new ArrayList<>();
        for (JsonNode error : node.path("errors")) {
            errors.add(new FieldError(error.path("field").asText(null), error.path("code").asText(null),
                    error.path("message").asText(null)));
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        node.fields().forEachRemaining(field -> {
            if (!STANDARD.contains(field.getKey()) && !field.getValue().isNull()) {
                properties.put(field.getKey(), mapper.convertValue(field.getValue(), Object.class));
            }
        });
        return new HygieException(node.path("status").asInt(status), node.path("type").asText(),
                node.path("title").asText(null), node.path("detail").asText(null), errors, properties);
    }
}
