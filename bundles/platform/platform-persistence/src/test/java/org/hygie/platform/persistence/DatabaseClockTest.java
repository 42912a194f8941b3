package org.hygie.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class DatabaseClockTest {
    private static final Instant NANOS = Instant.parse("2026-11-29T08:15:30.123456789Z");
    private static final Instant MICROS = Instant.parse("2026-11-29T08:15:30.123456Z");

    @Test
    void instant_shouldBeTruncatedToMicrosecondsAsPostgreSqlKeepsThem() {
        DatabaseClock clock = DatabaseClock.of(Clock.fixed(NANOS, ZoneOffset.UTC));
        assertThat(clock.instant()).isEqualTo(MICROS);
        assertThat(clock.now()).isEqualTo(MICROS);
        assertThat(Instant.now(clock)).as("through java.time's own factories").isEqualTo(MICROS);
    }

    @Test
    void fixed_shouldStopAtTheTruncatedInstant() {
        DatabaseClock clock = DatabaseClock.fixed(NANOS);
        assertThat(clock.instant()).isEqualTo(MICROS).isEqualTo(clock.instant());
        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void truncate_shouldDropNanosecondsOnlyAndKeepNull() {
        assertThat(DatabaseClock.truncate(NANOS)).isEqualTo(MICROS);
        assertThat(DatabaseClock.truncate(MICROS)).isEqualTo(MICROS);
        assertThat(DatabaseClock.truncate(null)).isNull();
    }

    @Test
    void systemUTC_shouldFollowTheSystemClockAtMicroseconds() {
        Instant before = Instant.now().minusMillis(1);
        Instant now = DatabaseClock.systemUTC().instant();
        assertThat(now).isAfter(before).isBeforeOrEqualTo(Instant.now());
        assertThat(now.getNano() % 1_000).isZero();
        assertThat(DatabaseClock.systemUTC().getZone()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void of_shouldNotWrapADatabaseClockTwice() {
        DatabaseClock clock = DatabaseClock.fixed(NANOS);
        assertThat(DatabaseClock.of(clock)).isSameAs(clock);
    }

    @Test
    void withZone_shouldKeepTheInstantAndItsPrecision() {
        ZoneId paris = ZoneId.of("Europe/Paris");
        DatabaseClock clock = DatabaseClock.fixed(NANOS).withZone(paris);
        assertThat(clock.getZone()).isEqualTo(paris);
        assertThat(clock.instant()).isEqualTo(MICROS);
        assertThat(clock).isEqualTo(DatabaseClock.of(Clock.fixed(NANOS, ZoneOffset.UTC).withZone(paris)));
    }
}
