package org.hygie.platform.rest.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.slf4j.MDC;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;

/**
 * Gives every request an id of its own, generated here (a client's would let anyone forge or
 * repeat the ids IT searches logs by): in the {@value #HEADER} header of every answer, in the
 * {@code requestId} member of every problem, and in every log line written while the request is
 * served, as the SLF4J MDC key {@value #MDC_KEY} and in the thread's name, which is what the
 * server's slf4j-simple prints (it has no MDC; docs/lessons.md#request-ids-in-logs).
 */
@Component(service = {ContainerRequestFilter.class, ContainerResponseFilter.class})
@JakartarsExtension
@JakartarsName("hygie.request-ids")
@PreMatching
@Priority(0) // first of all: the refusals of the other filters carry the id too
public class RequestIds implements ContainerRequestFilter, ContainerResponseFilter {
    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    private static final String PROPERTY = "hygie.requestId";
    private static final String THREAD_NAME = "hygie.threadName";
    private static final String THREAD_SUFFIX = " request=";
    /** The id of the request served on this thread, whatever the logging backend does with the MDC. */
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    @Override
    public void filter(ContainerRequestContext request) {
        String id = UUID.randomUUID().toString();
        request.setProperty(PROPERTY, id);
        CURRENT.set(id);
        MDC.put(MDC_KEY, id);
        Thread thread = Thread.currentThread();
        // The name without the id of an earlier request whose answer never passed the response filter.
        String name = thread.getName();
        int earlier = name.indexOf(THREAD_SUFFIX);
        String base = earlier < 0 ? name : name.substring(0, earlier);
        request.setProperty(THREAD_NAME, base);
        thread.setName(base + THREAD_SUFFIX + id);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(PROPERTY);
        if (id == null) {
            // Refused before this filter ran (or by the container itself): an id all the same.
            id = UUID.randomUUID().toString();
        }
        response.getHeaders().putSingle(HEADER, id);
        if (response.getEntity() instanceof Map<?, ?> body && isProblem(response.getMediaType())
                && !body.containsKey(MDC_KEY)) {
            Map<Object, Object> withId = new LinkedHashMap<>(body);
            withId.put(MDC_KEY, id);
            response.setEntity(withId, response.getEntityAnnotations(), response.getMediaType());
        }
        CURRENT.remove();
        MDC.remove(MDC_KEY);
        if (request.getProperty(THREAD_NAME) instanceof String name) {
            Thread.currentThread().setName(name);
        }
    }

    /** @return the id of the request served on this thread, if one is */
    static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Serves the rest of a test as if a request with this id were served on this thread. */
    static void setCurrent(String id) {
        if (id == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(id);
        }
    }

    private static boolean isProblem(MediaType type) {
        return type != null && type.isCompatible(Problems.PROBLEM_JSON);
    }
}
