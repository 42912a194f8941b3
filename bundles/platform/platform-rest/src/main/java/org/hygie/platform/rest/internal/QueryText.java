package org.hygie.platform.rest.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.hygie.core.problem.Checks;
import org.hygie.core.problem.HygieException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;

/**
 * Holds the query parameters of every request to {@link Text}'s rule, as {@link TextDeserializer}
 * holds the bodies: 422 naming the parameter ({@code invalid_characters}). After the access check,
 * like every field rule. A path cannot carry such a character: Jetty refuses it with 400 first.
 */
@Component(service = ContainerRequestFilter.class)
@JakartarsExtension
@JakartarsName("hygie.query-text")
@Priority(Priorities.AUTHORIZATION)
public class QueryText implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        Map<String, List<String>> parameters;
        try {
            parameters = request.getUriInfo().getQueryParameters();
        } catch (IllegalArgumentException malformed) {
            AccessFilter.refuse(request, Problems.response(HygieException.badRequest(
                    "The query string is malformed (a % not followed by two hexadecimal digits)").toProblem()));
            return;
        }
        Checks checks = new Checks();
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            boolean invalid = Text.isInvalid(name) || parameter.getValue().stream().anyMatch(Text::isInvalid);
            if (invalid) {
                String field = Text.isInvalid(name) ? "query" : name;
                checks.reject(field, Text.CODE, Text.message(field));
            }
        }
        try {
            checks.throwIfAny();
        } catch (HygieException refused) {
            AccessFilter.refuse(request, Problems.response(refused.toProblem()));
        }
    }
}
