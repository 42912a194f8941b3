package org.hygie.auth.server.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * When a session ends: after {@code idle} without use, and in any case {@code absolute} after
 * login. Use is recorded at most once per {@link #TOUCH_INTERVAL} to spare writes, so a session may
 * end up to that much earlier than a strictly sliding one.
 */
record SessionTimes(Duration idle, Duration absolute) {
    static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    SessionTimes {
        // an idle time within the touch interval would end sessions that are in use
        if (idle.compareTo(TOUCH_INTERVAL.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("idleMinutes must be 2 or more, not " + idle.toMinutes());
        }
        if (absolute.compareTo(Duration.ofHours(1)) < 0) {
            throw new IllegalArgumentException("absoluteHours must be 1 or more, not " + absolute.toHours());
        }
    }

    /** @return the absolute end of a session opened at {@code loginAt}. */
    Instant absoluteExpiry(Instant loginAt) {
        return loginAt.plus(absolute);
    }

    /** @return when the session ends if not used again after {@code lastSeen}. */
    Instant expiresAt(Instant lastSeen, Instant absoluteExpiry) {
        Instant idleExpiry = lastSeen.plus(idle);
        return idleExpiry.isBefore(absoluteExpiry) ? idleExpiry : absoluteExpiry;
    }

    /** @return whether the session has ended at {@code now}. */
    boolean isExpired(Instant lastSeen, Instant absoluteExpiry, Instant now) {
        return !now.isBefore(expiresAt(lastSeen, absoluteExpiry));
    }

    /** @return whether a use at {@code now} must be recorded. */
    boolean shouldTouch(Instant lastSeen, Instant now) {
        return !now.isBefore(lastSeen.plus(TOUCH_INTERVAL));
    }
}
