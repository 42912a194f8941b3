package org.hygie.core.session;

import java.time.Instant;

/**
 * A successful login.
 *
 * @param token the bearer token to send as {@code Authorization: Bearer <token>}; the server keeps
 *        only its hash, so it cannot be shown again
 * @param expiresAt when the token expires unless used before (each use extends it, up to an
 *        absolute limit after login)
 * @param user who logged in
 */
public record LoginResult(String token, Instant expiresAt, SessionUser user) {
    /** Leaves the token out, so that a logged answer never shows it. */
    @Override
    public String toString() {
        return "LoginResult[expiresAt=" + expiresAt + ", user=" + user + "]";
    }
}
