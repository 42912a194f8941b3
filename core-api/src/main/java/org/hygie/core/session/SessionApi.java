package org.hygie.core.session;

import org.hygie.core.security.AllowedBeforePasswordChange;
import org.hygie.core.security.Public;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * Sessions: log in with a username and password to get an opaque bearer token, use it on every
 * other request, log out to revoke it. The platform's clients depend on this contract only; the
 * area that keeps sessions (auth) implements it.
 */
@Path(SessionApi.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface SessionApi {
    /** The resource path, repeated on the implementing class (JAX-RS does not inherit class annotations). */
    String PATH = "/auth";

    /**
     * Should answer a token and the user for right credentials of an active account; 401 with the
     * same answer, in the same time, whether the username is unknown, the password wrong, the
     * account deactivated or locked after too many failures (an anonymous caller learns nothing
     * about the accounts); 429 ({@code urn:hygie:problem:too-many-requests}, with
     * {@code retryAfter} in seconds and the {@code Retry-After} header) while this client must
     * wait after too many failures; 422 when a field is missing.
     */
    @POST
    @Path("login")
    @Public
    LoginResult login(Credentials credentials);

    /**
     * Should revoke the caller's token (204): it no longer authenticates anything.
     *
     * @param authorization the caller's {@code Authorization} header, which carries the token to
     *        revoke; a client proxy may pass null when a filter already sets the header
     */
    @POST
    @Path("logout")
    @PermitAll
    @AllowedBeforePasswordChange
    void logout(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    /** Should answer the caller with their current role and flags. */
    @GET
    @Path("me")
    @PermitAll
    @AllowedBeforePasswordChange
    SessionUser me();

    /**
     * Should change the caller's password (204), lift the obligation to change it and end every
     * other session of the caller (the one that made the change goes on); 422 on
     * {@code currentPassword} when it is wrong, on {@code newPassword} when it breaks the policy.
     */
    @POST
    @Path("password")
    @PermitAll
    @AllowedBeforePasswordChange
    void changePassword(PasswordChange change);
}
