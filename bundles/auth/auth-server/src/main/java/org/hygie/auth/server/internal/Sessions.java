package org.hygie.auth.server.internal;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.hygie.core.session.Credentials;
import org.hygie.core.session.LoginResult;
import org.hygie.core.session.SessionUser;
import org.hygie.core.problem.HygieException;
import org.hygie.core.problem.ProblemTypes;
import org.hygie.core.security.AuthenticatedUser;
import org.hygie.core.security.Authenticator;
import org.hygie.platform.persistence.DatabaseClock;
import org.hygie.platform.persistence.Transactions;
import org.hygie.users.api.UserRules;
import org.hygie.users.api.accounts.LoginCheck;
import org.hygie.users.api.accounts.UserAccountListener;
import org.hygie.users.api.accounts.UserAccounts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Login sessions: opens them on login, turns a bearer token into its user on every request (the
 * {@link Authenticator} the REST platform calls), ends them on logout and when the users area
 * deactivates an account or resets its password. The only code that touches {@code auth_session};
 * accounts are read through {@link UserAccounts}, never from their tables.
 */
@Component(service = {Authenticator.class, UserAccountListener.class, Sessions.class}, configurationPid = AuthConfig.PID)
@Designate(ocd = AuthConfig.class)
public class Sessions implements Authenticator, UserAccountListener {
    private static final Logger LOG = LoggerFactory.getLogger(Sessions.class);

    @Reference(target = "(" + Transactions.UNIT_PROPERTY + "=auth)")
    Transactions tx;

    @Reference
    UserAccounts accounts;

    DatabaseClock clock = DatabaseClock.systemUTC();
    private final Tokens tokens = new Tokens(new SecureRandom());
    private SessionTimes times;
    private LoginThrottle throttle;
    /** Bounds the memory of the throttle whatever names and addresses an attacker makes up. */
    static final int THROTTLE_MAX_ENTRIES = 100_000;

    @Activate
    void activate(AuthConfig config) {
        configure(config);
        purgeExpired();
    }

    /** Applies the configuration; refuses (and so keeps the component inactive) meaningless values. */
    void configure(AuthConfig config) {
        times = new SessionTimes(Duration.ofMinutes(config.idleMinutes()), Duration.ofHours(config.absoluteHours()));
        throttle = new LoginThrottle(config.throttleAddressFailures(), config.throttleAccountFailures(),
                Duration.ofSeconds(config.throttleMaxSeconds()), THROTTLE_MAX_ENTRIES);
    }

    /**
     * Opens a session for right credentials.
     *
     * @param client the address the request came from, for the throttle and the log
     * @throws HygieException 401, the same for an unknown username, a wrong password, a
     *         deactivated or a locked account (an anonymous caller must not learn which names
     *         exist, nor which are locked); 429 with {@code retryAfter} while this client must wait
     *         after too many failures ({@link LoginThrottle})
     */
    LoginResult login(Credentials credentials, String client) {
        Credentials c = credentials == null ? new Credentials(null, null) : credentials;
        String name = UserRules.normalizeUsername(c.username());
        Duration wait = throttle.waitFor(client, name, now());
        if (!wait.isZero()) {
            // not logged one by one: the tries an attacker is made to wait for would flood the log
            throw tooManyTries(wait);
        }
        LoginCheck check = accounts.verify(c.username(), c.password());
        if (!(check instanceof LoginCheck.Accepted accepted)) {
            throttle.failed(client, name, now());
            // for IT only; the caller gets the one answer of every refusal
            LOG.warn("Failed login for '{}' from {}{}", printable(name), client,
                    check instanceof LoginCheck.Locked locked ? " (account locked until " + locked.until() + ")" : "");
            throw wrongCredentials();
        }
        throttle.succeeded(client, name);
        AuthenticatedUser user = accepted.user();
        String token = tokens.generate();
        Instant now = now();
        Instant absoluteExpiry = times.absoluteExpiry(now);
        tx.inTransaction(em -> {
            // the user's ended sessions go when a new one starts: the table stays small without a job
            em.createQuery("delete from SessionEntity s where s.userId = :u and (s.absoluteExpiresAt <= :now or s.lastSeenAt <= :idle)")
                    .setParameter("u", user.userId()).setParameter("now", now)
                    .setParameter("idle", now.minus(times.idle())).executeUpdate();
            em.persist(new SessionEntity(user.userId(), Tokens.hash(token), now, absoluteExpiry));
            return null;
        });
        return new LoginResult(token, times.expiresAt(now, absoluteExpiry), SessionUser.of(user));
    }

    /**
     * {@inheritDoc}
     *
     * <p>Answers the user's current role and flags (read from the users area on each call), so that
     * a role change or a deactivation applies to the very next request.
     */
    @Override
    public Optional<AuthenticatedUser> authenticate(String bearerToken) {
        if (!Tokens.isWellFormed(bearerToken)) {
            return Optional.empty();
        }
        String hash = Tokens.hash(bearerToken);
        Optional<SessionEntity> found = tx.readOnly(em -> em
                .createQuery("select s from SessionEntity s where s.tokenHash = :h", SessionEntity.class)
                .setParameter("h", hash).getResultStream().findFirst());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SessionEntity session = found.get();
        Instant now = now();
        if (times.isExpired(session.lastSeenAt(), session.absoluteExpiresAt(), now)) {
            deleteSession(session.id());
            return Optional.empty();
        }
        Optional<AuthenticatedUser> user = accounts.findActive(session.userId());
        if (user.isEmpty()) {
            deleteSession(session.id());
            return Optional.empty();
        }
        if (times.shouldTouch(session.lastSeenAt(), now)) {
            tx.inTransaction(em -> em
                    .createQuery("update SessionEntity s set s.lastSeenAt = :now where s.id = :id and s.lastSeenAt < :now")
                    .setParameter("now", now).setParameter("id", session.id()).executeUpdate());
        }
        return user;
    }

    /** Ends the session of this token, if it has one. */
    void logout(String bearerToken) {
        if (!Tokens.isWellFormed(bearerToken)) {
            return;
        }
        String hash = Tokens.hash(bearerToken);
        tx.inTransaction(em -> em.createQuery("delete from SessionEntity s where s.tokenHash = :h")
                .setParameter("h", hash).executeUpdate());
    }

    /**
     * After a user changed their own password: ends every other session of theirs (a stolen token,
     * a forgotten workstation), keeps the one that made the change.
     */
    void passwordChanged(UUID userId, String keptToken) {
        String kept = Tokens.isWellFormed(keptToken) ? Tokens.hash(keptToken) : "";
        int ended = tx.inTransaction(em -> em.createQuery("delete from SessionEntity s where s.userId = :u and s.tokenHash <> :h")
                .setParameter("u", userId).setParameter("h", kept).executeUpdate());
        LOG.info("Ended {} other session(s) of account {}: password changed", ended, userId);
    }

    @Override
    public void accountDeactivated(UUID userId) {
        endSessionsOf(userId, "deactivated");
    }

    @Override
    public void passwordReset(UUID userId) {
        endSessionsOf(userId, "password reset");
        // guesses of the old password no longer matter: the user may log in at once with the new one
        accounts.findActive(userId).ifPresent(user -> throttle.forget(user.username()));
    }

    private void endSessionsOf(UUID userId, String why) {
        int ended = tx.inTransaction(em -> em.createQuery("delete from SessionEntity s where s.userId = :u")
                .setParameter("u", userId).executeUpdate());
        LOG.info("Ended {} session(s) of account {}: {}", ended, userId, why);
    }

    private void deleteSession(UUID id) {
        tx.inTransaction(em -> em.createQuery("delete from SessionEntity s where s.id = :id")
                .setParameter("id", id).executeUpdate());
    }

    private void purgeExpired() {
        Instant now = now();
        try {
            int purged = tx.inTransaction(em -> em
                    .createQuery("delete from SessionEntity s where s.absoluteExpiresAt <= :now or s.lastSeenAt <= :idle")
                    .setParameter("now", now).setParameter("idle", now.minus(times.idle())).executeUpdate());
            LOG.debug("Purged {} ended session(s)", purged);
        } catch (RuntimeException e) {
            // housekeeping only: expired sessions are refused anyway
            LOG.warn("Could not purge ended sessions", e);
        }
    }

    private Instant now() {
        return clock.now();
    }

    /**
     * The one answer to every refused login, so that it tells nothing about which part was wrong,
     * nor whether the account is locked (whoever owns it learns it from an administrator).
     */
    static HygieException wrongCredentials() {
        return new HygieException(401, ProblemTypes.UNAUTHORIZED, "Unauthorized",
                "Wrong username or password, or an account locked for a while after too many failures.", null, null);
    }

    /** The 429 of a throttled try: says how long to wait (rounded up: never too early), nothing about the account. */
    static HygieException tooManyTries(Duration wait) {
        long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
        return HygieException.tooManyRequests("Too many failed logins from this computer: try again in " + seconds
                + " s.", Math.max(seconds, 1));
    }

    /** A name as typed, made safe for one log line: printable ASCII, at most 64 characters. */
    static String printable(String name) {
        StringBuilder safe = new StringBuilder();
        name.codePoints().limit(64).forEach(cp -> safe.append(cp >= 0x20 && cp < 0x7f && cp != '\'' ? (char) cp : '?'));
        return name.codePointCount(0, name.length()) > 64 ? safe + "..." : safe.toString();
    }
}
