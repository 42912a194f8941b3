package org.hygie.platform.rest.internal;

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

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("Cache-Control", CACHE_CONTROL);
        headers.putSingle("Pragma", "no-cache");
        headers.putSingle("X-Content-Type-Options", "nosniff");
        headers.putSingle("X-Frame-Options", "DENY");
        headers.putSingle("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.putSingle("Referrer-Policy", "no-referrer");
    }
}
