package org.hygie.platform.rest.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hygie.core.problem.Problem;
import org.hygie.core.problem.ProblemTypes;
import org.osgi.service.component.annotations.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The error page of the HTTP container, for the errors that never reach Jersey's problem mappers:
 * a request Jersey cannot even read (a {@code Content-Type} that is no media type), a path outside
 * the API. Without it the container answers with its own HTML page; with it every error of the
 * server is the API's one problem format, with the same security headers and a request id
 * (docs/lessons.md#container-errors). It says nothing of the cause: the container's message may
 * name classes or echo what the client sent.
 */
@Component(service = Servlet.class, property = {
    "osgi.http.whiteboard.servlet.name=hygie.problem-error-page",
    "osgi.http.whiteboard.servlet.errorPage=4xx",
    "osgi.http.whiteboard.servlet.errorPage=5xx",
    // Every servlet context: the REST whiteboard's and the default one (paths outside the API).
    "osgi.http.whiteboard.context.select=(osgi.http.whiteboard.context.name=*)"})
public class ProblemErrorPage extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                ? code
                : response.getStatus();
        String requestId = RequestIds.current().orElseGet(() -> UUID.randomUUID().toString());
        Problem problem = problem(status, requestId);
        response.resetBuffer();
        response.setStatus(status);
        SecurityHeaders.HEADERS.forEach(response::setHeader);
        response.setHeader(RequestIds.HEADER, requestId);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(JSON.writeValueAsBytes(Problems.body(problem)));
    }

    static Problem problem(int status, String requestId) {
        Map<String, Object> properties = Map.of(RequestIds.MDC_KEY, requestId);
        return switch (status) {
            case 404 -> new Problem(ProblemTypes.NOT_FOUND, "Not found", status, "No such resource", List.of(),
                    properties);
            case 405 -> new Problem(ProblemTypes.METHOD_NOT_ALLOWED, "Method not allowed", status,
                    "This resource does not accept this method", List.of(), properties);
            case 413 -> new Problem(ProblemTypes.PAYLOAD_TOO_LARGE, "Payload too large", status,
                    "The request's body is too large", List.of(), properties);
            case 415 -> new Problem(ProblemTypes.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", status,
                    "The request's Content-Type is not one this resource reads", List.of(), properties);
            default -> status >= 500
                    ? new Problem(ProblemTypes.INTERNAL, "Internal error", status,
                            "The server could not serve the request; quote the request id to IT", List.of(),
                            properties)
                    : new Problem(ProblemTypes.BAD_REQUEST, "Bad request", status,
                            "The request could not be read (its headers or its address are malformed)", List.of(),
                            properties);
        };
    }
}
