package org.hygie.platform.rest.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;

/**
 * The headers every answer of the API carries, whatever its status: answers hold patient data, so
 * no cache (browser, proxy, disk) may keep them ({@code no-store}); a browser must not guess
 * another type than the one declared ({@code nosniff}), nor show an answer inside a frame of
 * another page, nor load anything an answer would name (the API serves data, never pages).
 */
@Component(service = ContainerResponseFilter.class)
@JakartarsExtension
@JakartarsName("hygie.security-headers")
public class SecurityHeaders implements ContainerResponseFilter {
    static final String CACHE_CONTROL = "no-store";
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

    /** The headers and their values, also set by {@link ProblemErrorPage} on answers Jersey never saw. */
    static final Map<String, String> HEADERS = headers();

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        HEADERS.forEach(headers::putSingle);
    }

    private static Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Cache-Control", CACHE_CONTROL);
        headers.put("Pragma", "no-cache");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.put("Referrer-Policy", "no-referrer");
        return Collections.unmodifiableMap(headers);
    }
}
