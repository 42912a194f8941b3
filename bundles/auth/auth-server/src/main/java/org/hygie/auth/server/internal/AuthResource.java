package org.hygie.auth.server.internal;

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

import jakarta.ws.rs.Path;

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

    @Override
    public LoginResult login(Credentials credentials) {
        return sessions.login(credentials);
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
        accounts.changePassword(currentUser.require().userId(), c.currentPassword(), c.newPassword());
    }
}
