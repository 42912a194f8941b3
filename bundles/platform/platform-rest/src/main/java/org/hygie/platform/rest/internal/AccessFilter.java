package org.hygie.platform.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.Optional;
import java.util.function.Supplier;

import org.hygie.core.problem.ProblemTypes;
import org.hygie.core.security.AuthenticatedUser;
import org.hygie.core.security.Authenticator;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * Enforces one method's {@link AccessRule}: 401 without a valid bearer token, 403 for a role
 * without the permission or for a user who must first change their password. The caller is then
 * known to the method through {@link CallerContext} and {@link SecurityContext}.
 */
final class AccessFilter implements ContainerRequestFilter, ContainerResponseFilter {
    private static final String BEARER = "Bearer ";

    private final AccessRule rule;
    private final Supplier<Optional<Authenticator>> authenticator;
    private final CallerContext callers;

    AccessFilter(AccessRule rule, Supplier<Optional<Authenticator>> authenticator, CallerContext callers) {
        this.rule = rule;
        this.authenticator = authenticator;
        this.callers = callers;
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        callers.clear();
        Optional<Response> refusal = check(request);
        if (refusal.isPresent()) {
            refuse(request, refusal.get());
        }
    }

    /**
     * Answers a request with a refusal before its body is read (docs/lessons.md#drain-refused-body):
     * the body is read now, or it stays on the keep-alive connection and the client's next request
     * on it fails. Bounded, so an unauthenticated chunked body cannot keep the server reading: past
     * the limit, the answer closes the connection instead.
     */
    static void refuse(ContainerRequestContext request, Response refusal) throws IOException {
        if (request.hasEntity() && !drain(request.getEntityStream())) {
            request.abortWith(Response.fromResponse(refusal).header("Connection", "close").build());
            return;
        }
        request.abortWith(refusal);
    }

    /** @return whether the body was read to its end within the size limit */
    private static boolean drain(InputStream body) throws IOException {
        byte[] buffer = new byte[8192];
        long left = BodySizeLimit.MAX_BYTES;
        while (left > 0) {
            int n = body.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                return true;
            }
            left -= n;
        }
        return body.read() < 0;
    }

    /** @return the refusal, or empty when the caller may go on (then known to the method). */
    private Optional<Response> check(ContainerRequestContext request) {
        if (rule.kind() == AccessRule.Kind.PUBLIC) {
            return Optional.empty();
        }
        if (rule.kind() == AccessRule.Kind.DENIED) {
            return Optional.of(Problems.response(403, ProblemTypes.FORBIDDEN, "Forbidden",
                    "This operation is not open to any role"));
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                || header.length() == BEARER.length()) {
            return Optional.of(unauthorized("Log in first: this request carries no bearer token"));
        }
        Optional<Authenticator> auth = authenticator.get();
        if (auth.isEmpty()) {
            return Optional.of(Problems.response(503, ProblemTypes.UNAVAILABLE, "Service unavailable",
                    "Authentication is not available yet; try again in a moment"));
        }
        Optional<AuthenticatedUser> user = auth.get().authenticate(header.substring(BEARER.length()).trim());
        if (user.isEmpty()) {
            return Optional.of(unauthorized("Your session is unknown or has expired; log in again"));
        }
        if (user.get().mustChangePassword() && !rule.allowedBeforePasswordChange()) {
            return Optional.of(Problems.response(403, ProblemTypes.PASSWORD_CHANGE_REQUIRED,
                    "Password change required", "Change your password before doing anything else"));
        }
        if (!rule.permits(user.get())) {
            return Optional.of(Problems.response(403, ProblemTypes.FORBIDDEN, "Forbidden",
                    "Your role (" + user.get().role() + ") may not do this"));
        }
        callers.set(user.get());
        request.setSecurityContext(new CallerSecurityContext(user.get(), request.getSecurityContext().isSecure()));
        return Optional.empty();
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        callers.clear();
    }

    private static Response unauthorized(String detail) {
        return Response.fromResponse(Problems.response(401, ProblemTypes.UNAUTHORIZED, "Unauthorized", detail))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"hygie\"").build();
    }

    private record CallerSecurityContext(AuthenticatedUser user, boolean secure) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return user::username;
        }

        @Override
        public boolean isUserInRole(String permission) {
            return user.can(permission);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return "Bearer";
        }
    }
}
