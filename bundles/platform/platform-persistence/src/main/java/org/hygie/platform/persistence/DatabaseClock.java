package org.hygie.platform.persistence;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The one clock of the server's areas: a {@link Clock} whose instants are at PostgreSQL's
 * {@code timestamptz} precision (microseconds). The instant answered on a write must be the one a
 * later read gives back, or a client comparing them sees a change that never happened; truncating
 * here, once, spares every area its own truncation.
 *
 * <p>A service holds one in a field, {@link #systemUTC()} by default; a test sets
 * {@link #fixed(Instant)} or {@link #of(Clock)} to fix or move the time.
 */
public final class DatabaseClock extends Clock {
    /** What PostgreSQL keeps of an instant. */
    public static final ChronoUnit PRECISION = ChronoUnit.MICROS;

    private static final DatabaseClock SYSTEM_UTC = new DatabaseClock(Clock.systemUTC());

    private final Clock source;

    private DatabaseClock(Clock source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /** @return the system clock, in UTC, at the database's precision */
    public static DatabaseClock systemUTC() {
        return SYSTEM_UTC;
    }

    /** @return the given clock at the database's precision (itself when it already is one) */
    public static DatabaseClock of(Clock source) {
        return source instanceof DatabaseClock clock ? clock : new DatabaseClock(source);
    }

    /** @return a clock stopped at the instant, truncated to the database's precision (for tests) */
    public static DatabaseClock fixed(Instant instant) {
        return new DatabaseClock(Clock.fixed(instant, ZoneOffset.UTC));
    }

    /** @return the instant as the database stores it */
    public static Instant truncate(Instant instant) {
        return instant == null ? null : instant.truncatedTo(PRECISION);
    }

    /** @return the current instant, truncated to microseconds */
    @Override
    public Instant instant() {
        return truncate(source.instant());
    }

    /** @return the current instant, truncated to microseconds; the same as {@link #instant()} */
    public Instant now() {
        return instant();
    }

    @Override
    public long millis() {
        return source.millis();
    }

    @Override
    public ZoneId getZone() {
        return source.getZone();
    }

    @Override
    public DatabaseClock withZone(ZoneId zone) {
        return zone.equals(getZone()) ? this : new DatabaseClock(source.withZone(zone));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DatabaseClock clock && source.equals(clock.source);
    }

    @Override
    public int hashCode() {
        return source.hashCode() ^ 0x5f3759df;
    }

    @Override
    public String toString() {
        return "DatabaseClock[" + source + "]";
    }
}
