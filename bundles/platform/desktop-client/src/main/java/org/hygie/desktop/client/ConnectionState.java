package org.hygie.desktop.client;

/** Where the desktop stands with its server. */
public enum ConnectionState {
    /** Nobody is logged in. */
    LOGGED_OUT,
    /** Logged in, and the last call reached the server. */
    CONNECTED,
    /** The last call found no server. */
    UNREACHABLE,
    /** The server no longer knows the session's token (idle or absolute expiry, revoked). */
    SESSION_EXPIRED
}
