package org.hygie.desktop.client;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

import org.hygie.core.session.LoginResult;
import org.hygie.core.session.SessionUser;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The desktop's connection to one Hygie server: log in, then call any area's REST contract through
 * {@link #api(Class)}, a proxy of the same JAX-RS interface the server implements. Every failure
 * of a call arrives as an {@link org.hygie.core.problem.HygieException}: the server's problem
 * details as sent, {@link ClientProblems#UNREACHABLE} when no server answered. Thread-safe; calls
 * block, so the workbench makes them off the display thread.
 */
@ProviderType
public interface HygieClient {
    /** @return the server this client talks to (its base URL, without {@code /api}) */
    URI server();

    /** Points the client at another server; only while nobody is logged in. */
    void setServer(URI server);

    /**
     * Prepares the HTTP stack and the field rules in the background (Jersey and the validator take a
     * few hundred ms to boot), so that the first call is quick; called once the first window shows,
     * not to compete with its painting.
     */
    void prepare();

    /** @return the language chosen at launch ({@code --lang}, else the system's: French unless English) */
    Locale locale();

    /**
     * Logs in and keeps the session's token for the next calls.
     *
     * @return the session; throws HygieException 401 on wrong credentials, 423 when locked
     *         ({@code lockedUntil} in its properties), 0 when the server is unreachable
     */
    LoginResult login(String username, String password);

    /** Revokes the session on the server (best effort) and forgets it. */
    void logout();

    /** @return the logged-in user, if any */
    Optional<SessionUser> user();

    /** Records that the user changed their password, so {@link #user()} no longer asks for it. */
    void passwordChanged();

    /** @return a proxy of the area contract, calling it with the session's token */
    <T> T api(Class<T> contract);

    /** @return how the last call went */
    ConnectionState state();

    /** Tells the listener of every change of {@link #state()}, on the calling thread. */
    void addListener(ConnectionListener listener);

    void removeListener(ConnectionListener listener);
}
