package org.hygie.auth.server.internal;

import java.util.UUID;

import org.hygie.core.security.CurrentUser;
import org.hygie.core.session.Credentials;
import org.hygie.core.session.LoginResult;
import org.hygie.core.session.PasswordChange;
import org.hygie.core.session.SessionApi;
import org.hygie.core.session.SessionUser;
import org.hygie.users.api.accounts.UserAccounts;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * {@code /api/auth}: the REST face of {@link Sessions}. Who may call what is declared on
 * {@link SessionApi} and enforced by the REST platform before any method here runs.
 */
@Component(service = AuthResource.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@Path(SessionApi.PATH)
public class AuthResource implements SessionApi {
    @Reference
    Sessions sessions;

    @Reference
    UserAccounts accounts;

    @Reference
    CurrentUser currentUser;

    /**
     * The request being served (this resource is made per request): its remote address is the
     * client's, as Jetty saw the connection; behind a reverse proxy it would be the proxy's.
     */
    @Context
    HttpServletRequest request;

    @Override
    public LoginResult login(Credentials credentials) {
        return sessions.login(credentials, request.getRemoteAddr());
    }

    @Override
    public void logout(String authorization) {
        sessions.logout(Tokens.fromAuthorization(authorization));
    }

    @Override
    public SessionUser me() {
        return SessionUser.of(currentUser.require());
    }

    @Override
    public void changePassword(PasswordChange change) {
        PasswordChange c = change == null ? new PasswordChange(null, null) : change;
        UUID userId = currentUser.require().userId();
        accounts.changePassword(userId, c.currentPassword(), c.newPassword());
        sessions.passwordChanged(userId, Tokens.fromAuthorization(request.getHeader(HttpHeaders.AUTHORIZATION)));
    }
}
