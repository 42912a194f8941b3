package org.hygie.platform.rest.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.hygie.core.problem.FieldError;
import org.hygie.core.problem.HygieException;
import org.hygie.core.problem.Problem;
import org.hygie.core.problem.ProblemTypes;
import org.hygie.core.problem.SqlFailures;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Every failure becomes a problem detail: the services' own {@link HygieException}s with their
 * status, unreadable JSON as 400, wrong types as 422 naming the field, JAX-RS errors with their
 * status, a database that is busy or unreachable as a 503 to try again, and anything unexpected as
 * a 500 that says only an incident reference, never a trace.
 */
final class ProblemMappers {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemMappers.class);

    private ProblemMappers() {
    }

    @Component(service = ExceptionMapper.class)
    @JakartarsExtension
    @JakartarsName("hygie.problem.hygie")
    public static class HygieExceptionMapper implements ExceptionMapper<HygieException> {
        @Override
        public Response toResponse(HygieException exception) {
            return of(exception);
        }

        static Response of(HygieException exception) {
            Response response = Problems.response(exception.toProblem());
            Object retryAfter = exception.properties().get(HygieException.RETRY_AFTER);
            // a throttled login (429) says in the header too when to try again, as RFC 9110 wants
            return retryAfter == null ? response
                    : Response.fromResponse(response).header("Retry-After", String.valueOf(retryAfter)).build();
        }
    }

    @Component(service = ExceptionMapper.class)
    @JakartarsExtension
    @JakartarsName("hygie.problem.json")
    public static class JsonExceptionMapper implements ExceptionMapper<JsonProcessingException> {
        private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.{1,100}?)'", Pattern.DOTALL);

        @Override
        public Response toResponse(JsonProcessingException exception) {
            return Problems.response(toProblem(exception));
        }

        static Problem toProblem(JsonProcessingException exception) {
            if (exception instanceof StreamConstraintsException) {
                return new Problem(ProblemTypes.BAD_REQUEST, "Unreadable body", 400,
                        "The request body holds a value too large to read" + location(exception), List.of(), Map.of());
            }
            if (exception instanceof JsonParseException && duplicateKey(exception) != null) {
                return new Problem(ProblemTypes.BAD_REQUEST, "Duplicate key", 400, "The request body gives the key '"
                        + duplicateKey(exception) + "' twice" + location(exception), List.of(), Map.of());
            }
            if (exception instanceof TextDeserializer.InvalidText text && !text.getPath().isEmpty()) {
                String field = path(text);
                return HygieException.validation(List.of(new FieldError(field, Text.CODE, Text.message(field))))
                        .toProblem();
            }
            if (exception instanceof JsonParseException) {
                return new Problem(ProblemTypes.BAD_REQUEST, "Malformed JSON", 400,
                        "The request body is not valid JSON" + location(exception), List.of(), Map.of());
            }
            if (exception instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
                String field = path(mismatch);
                String message = exception instanceof InvalidFormatException invalid
                        && invalid.getTargetType() != null && invalid.getTargetType().isEnum()
                                ? field + " must be one of " + enumValues(invalid.getTargetType())
                                : field + " has the wrong type" + expected(mismatch);
                return HygieException.validation(List.of(new FieldError(field, "invalid_type", message))).toProblem();
            }
            if (exception instanceof MismatchedInputException) {
                return new Problem(ProblemTypes.BAD_REQUEST, "Unreadable body", 400,
                        "The request body is empty or is not the JSON object expected", List.of(), Map.of());
            }
            return new Problem(ProblemTypes.BAD_REQUEST, "Unreadable body", 400,
                    "The request body could not be read" + location(exception), List.of(), Map.of());
        }

        /**
         * @return the key Jackson's duplicate detection found twice, or null for another parse
         *         error; read from its message, the only place Jackson 2 gives it
         */
        static String duplicateKey(JsonProcessingException exception) {
            Matcher m = DUPLICATE.matcher(String.valueOf(exception.getOriginalMessage()));
            return m.lookingAt() ? m.group(1) : null;
        }

        private static String path(JsonMappingException exception) {
            StringBuilder path = new StringBuilder();
            for (JsonMappingException.Reference ref : exception.getPath()) {
                if (ref.getFieldName() != null) {
                    path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    path.append('[').append(ref.getIndex()).append(']');
                }
            }
            return path.toString();
        }

        private static String enumValues(Class<?> type) {
            return java.util.Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }

        private static String expected(MismatchedInputException exception) {
            Class<?> type = exception.getTargetType();
            return type == null ? "" : " (expected " + simpleName(type) + ")";
        }

        private static String simpleName(Class<?> type) {
            if (type == String.class) {
                return "a string";
            }
            if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
                return "a number";
            }
            if (type == Boolean.class || type == boolean.class) {
                return "true or false";
            }
            if (type.getName().startsWith("java.time.")) {
                return "an ISO-8601 " + type.getSimpleName();
            }
            if (type == UUID.class) {
                return "a UUID";
            }
            return "an object";
        }

        private static String location(JsonProcessingException exception) {
            return exception.getLocation() == null ? ""
                    : " (line " + exception.getLocation().getLineNr() + ", column "
                            + exception.getLocation().getColumnNr() + ")";
        }
    }

    @Component(service = ExceptionMapper.class)
    @JakartarsExtension
    @JakartarsName("hygie.problem.web")
    public static class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException exception) {
            return toResponse(exception, exception.getResponse());
        }

        static Response toResponse(WebApplicationException exception, Response original) {
            int status = original.getStatus();
            Response response;
            if (exception instanceof org.glassfish.jersey.server.ParamException
                    || exception instanceof NotFoundException && exception.getCause() != null) {
                // A path or query parameter that does not convert (an id that is no UUID, a page
                // that is no number): JAX-RS says 404, the client needs to know which one is wrong.
                response = Problems.response(400, ProblemTypes.BAD_REQUEST, "Bad parameter",
                        "A parameter of the request has the wrong format: " + parameterName(exception));
            } else if (exception instanceof NotFoundException) {
                response = Problems.response(404, ProblemTypes.NOT_FOUND, "Not found", "No such resource");
            } else if (exception instanceof NotAllowedException) {
                response = Problems.response(405, ProblemTypes.METHOD_NOT_ALLOWED, "Method not allowed",
                        "This resource does not accept this method; allowed: " + original.getAllowedMethods());
            } else if (exception instanceof NotAcceptableException) {
                response = Problems.response(406, ProblemTypes.NOT_ACCEPTABLE, "Not acceptable",
                        "This resource answers application/json only");
            } else if (exception instanceof NotSupportedException) {
                response = Problems.response(415, ProblemTypes.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                        "Send the request body as application/json");
            } else if (status >= 500) {
                return ThrowableMapper.internalError(exception);
            } else {
                response = Problems.response(status, status == 400 ? ProblemTypes.BAD_REQUEST : "about:blank",
                        original.getStatusInfo().getReasonPhrase(), exception.getMessage());
            }
            Response.ResponseBuilder builder = Response.fromResponse(response);
            original.getHeaders().forEach((name, values) -> {
                if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                    values.forEach(value -> builder.header(name, value));
                }
            });
            return builder.build();
        }

        private static String parameterName(WebApplicationException exception) {
            if (exception instanceof org.glassfish.jersey.server.ParamException param) {
                return param.getParameterType().getSimpleName().replace("Param", "").toLowerCase() + " parameter '"
                        + param.getParameterName() + "'";
            }
            if (exception.getCause() instanceof org.glassfish.jersey.server.ParamException param) {
                return parameterName(param);
            }
            // Never the cause's own message: it may name Java classes.
            return "a path parameter";
        }
    }

    @Component(service = ExceptionMapper.class)
    @JakartarsExtension
    @JakartarsName("hygie.problem.any")
    public static class ThrowableMapper implements ExceptionMapper<Throwable> {
        /** What a 503 for a busy database asks the client to wait before trying again. */
        static final String RETRY_AFTER_SECONDS = "5";

        @Override
        public Response toResponse(Throwable exception) {
            if (exception instanceof WebApplicationException web) {
                return WebApplicationExceptionMapper.toResponse(web, web.getResponse());
            }
            if (exception instanceof HygieException hygie) {
                return HygieExceptionMapper.of(hygie);
            }
            if (exception.getCause() instanceof JsonProcessingException json) {
                return Problems.response(JsonExceptionMapper.toProblem(json));
            }
            if (SqlFailures.isUnavailable(exception)) {
                return databaseUnavailable(exception);
            }
            if (SqlFailures.isDataException(exception)) {
                return valueRefused(exception);
            }
            return internalError(exception);
        }

        /** A 503 saying to try again shortly (with {@code Retry-After}), and a warning with the cause for IT. */
        static Response databaseUnavailable(Throwable exception) {
            String incident = RequestIds.current().orElseGet(() -> UUID.randomUUID().toString());
            LOG.warn("Database busy or unreachable, incident {}", incident, exception);
            Response problem = Problems.response(503, ProblemTypes.UNAVAILABLE, "Database unavailable",
                    "The database is busy or unreachable right now; try again in a moment (incident " + incident + ")");
            return Response.fromResponse(problem).header("Retry-After", RETRY_AFTER_SECONDS).build();
        }

        /**
         * A value PostgreSQL would not store (out of its range, a byte sequence it refuses): the
         * request's fault, so a 422, though an area should have refused it first by a field rule
         * (hence the warning, with the cause, for the developers).
         */
        static Response valueRefused(Throwable exception) {
            LOG.warn("A value reached the database that no field rule refused", exception);
            return Problems.response(422, ProblemTypes.VALIDATION, "Invalid request",
                    "A value of the request is out of the range the server can store, or holds characters it cannot");
        }

        static Response internalError(Throwable exception) {
            String incident = RequestIds.current().orElseGet(() -> UUID.randomUUID().toString());
            LOG.error("Unexpected error, incident {}", incident, exception);
            return Problems.response(500, ProblemTypes.INTERNAL, "Internal error",
                    "The server could not complete the request; report incident " + incident + " to IT");
        }
    }
}
