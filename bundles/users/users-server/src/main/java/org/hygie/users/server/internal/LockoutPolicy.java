package org.hygie.users.server.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * Locks an account after {@code maxFailures} consecutive failed logins, for {@code lockDuration};
 * never an administrator's (see {@link #afterFailure(State, Instant, boolean)}).
 * Pure arithmetic: the caller applies it to the account row it holds locked in the database, so
 * that concurrent failures are counted one after the other.
 */
record LockoutPolicy(int maxFailures, Duration lockDuration) {

    /** The bookkeeping columns of an account: consecutive failures and the end of a lock. */
    record State(int failures, Instant lockedUntil) {
    }

    LockoutPolicy {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailedLogins must be 1 or more, not " + maxFailures);
        }
        if (lockDuration.compareTo(Duration.ofMinutes(1)) < 0) {
            throw new IllegalArgumentException("lockMinutes must be 1 or more, not " + lockDuration.toMinutes());
        }
    }

    /** @return whether a lock ending at {@code lockedUntil} (null: none) still holds at {@code now}. */
    static boolean isLocked(Instant lockedUntil, Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * @return the state after one more failed login. A locked account stays as it is (its lock is
     *         not extended, so an attacker cannot keep a user out forever by hammering); after an
     *         expired lock, counting starts again from zero.
     */
    State afterFailure(State state, Instant now) {
        return afterFailure(state, now, true);
    }

    /**
     * @param lockable false for the accounts that manage the others (administrators): their
     *        failures are counted but never lock them, or anyone could keep every administrator
     *        out with a few anonymous tries; the auth area slows such tries down instead
     * @return the state after one more failed login
     */
    State afterFailure(State state, Instant now, boolean lockable) {
        if (isLocked(state.lockedUntil(), now)) {
            return state;
        }
        int failures = (state.lockedUntil() != null ? 0 : state.failures()) + 1;
        if (!lockable) {
            // no lock; the count is only kept for IT's eyes, and bounded
            return new State(Math.min(failures, maxFailures), null);
        }
        return new State(failures, failures >= maxFailures ? now.plus(lockDuration) : null);
    }

    /** @return the state after a successful login: no failure, no lock. */
    State afterSuccess() {
        return new State(0, null);
    }
}
