package org.hygie.auth.server.internal;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
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
import org.hygie.core.session.Credentials;
import org.hygie.core.session.LoginResult;
import org.hygie.core.session.SessionUser;
import org.hygie.platform.persistence.Transactions;
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

    @Activate
    void activate(AuthConfig config) {
        configure(config);
        purgeExpired();
    }

    /** Applies the configuration; refuses (and so keeps the component inactive) meaningless values. */
    void configure(AuthConfig config) {
        times = new SessionTimes(Duration.ofMinutes(config.idleMinutes()), Duration.ofHours(config.absoluteHours()));
    }

    /**
     * Opens a session for right credentials.
     *
     * @throws HygieException 401, the same for an unknown username, a wrong
     *         password or a deactivated account; 423 while the account is locked
     */
    LoginResult login(Credentials credentials) {
        Credentials c = credentials == null ? new Credentials(null, null) : credentials;
        LoginCheck check = accounts.verify(c.username(), c.password());
        if (check instanceof LoginCheck.Locked locked) {
            throw locked(locked.until());
        }
        if (!(check instanceof LoginCheck.Accepted accepted)) {
            throw wrongCredentials();
        }
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

    @Override
    public void accountDeactivated(UUID userId) {
        endSessionsOf(userId, "deactivated");
    }

    @Override
    public void passwordReset(UUID userId) {
        endSessionsOf(userId, "password reset");
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

    /** The one answer to every refused login, so that it tells nothing about which part was wrong. */
    static HygieException wrongCredentials() {
        return new HygieException(401, ProblemTypes.UNAUTHORIZED, "Unauthorized", "Wrong username or password.", null, null);
    }

    static HygieException locked(Instant until) {
        // rounded up to the second: the client must not retry before the lock has ended
        Instant shown = until.getNano() == 0 ? until : until.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        return new HygieException(423, ProblemTypes.LOCKED, "Account locked",
                "Too many failed logins: this account is locked until " + shown + ".", null,
                Map.of("lockedUntil", shown.toString()));
    }
}
