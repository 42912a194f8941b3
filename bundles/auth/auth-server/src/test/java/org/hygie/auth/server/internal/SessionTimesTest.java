package org.hygie.auth.server.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class SessionTimesTest {
    private static final Instant LOGIN = Instant.parse("2026-11-25T08:00:00Z");
    private final SessionTimes times = new SessionTimes(Duration.ofMinutes(30), Duration.ofHours(12));

    private static Instant at(Duration afterLogin) {
        // the clock a component would read, fixed at a point after login
        return Clock.fixed(LOGIN.plus(afterLogin), ZoneOffset.UTC).instant();
    }

    @Test
    void expiresAt_shouldBeTheIdleExpiryAfterLogin() {
        Instant absolute = times.absoluteExpiry(LOGIN);
        assertThat(absolute).isEqualTo(LOGIN.plus(Duration.ofHours(12)));
        assertThat(times.expiresAt(LOGIN, absolute)).isEqualTo(LOGIN.plus(Duration.ofMinutes(30)));
    }

    @Test
    void isExpired_shouldEndAnUnusedSessionAfterTheIdleTime() {
        Instant absolute = times.absoluteExpiry(LOGIN);
        assertThat(times.isExpired(LOGIN, absolute, at(Duration.ofMinutes(29)))).isFalse();
        assertThat(times.isExpired(LOGIN, absolute, at(Duration.ofMinutes(30)))).isTrue();
    }

    @Test
    void isExpired_shouldSlideWithUse() {
        Instant absolute = times.absoluteExpiry(LOGIN);
        Instant lastSeen = at(Duration.ofMinutes(25));
        assertThat(times.isExpired(lastSeen, absolute, at(Duration.ofMinutes(50)))).isFalse();
        assertThat(times.isExpired(lastSeen, absolute, at(Duration.ofMinutes(55)))).isTrue();
    }

    @Test
    void isExpired_shouldEndAnActiveSessionAtTheAbsoluteLimit() {
        Instant absolute = times.absoluteExpiry(LOGIN);
        Instant lastSeen = at(Duration.ofHours(11).plusMinutes(50));
        assertThat(times.expiresAt(lastSeen, absolute)).isEqualTo(absolute);
        assertThat(times.isExpired(lastSeen, absolute, at(Duration.ofHours(11).plusMinutes(59)))).isFalse();
        assertThat(times.isExpired(lastSeen, absolute, at(Duration.ofHours(12)))).isTrue();
    }

    @Test
    void shouldTouch_shouldRecordUseAtMostOnceAMinute() {
        assertThat(times.shouldTouch(LOGIN, at(Duration.ofSeconds(59)))).isFalse();
        assertThat(times.shouldTouch(LOGIN, at(Duration.ofSeconds(60)))).isTrue();
    }

    @Test
    void constructor_shouldRefuseMeaninglessSettings() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SessionTimes(Duration.ofMinutes(1), Duration.ofHours(12)));
        assertThatIllegalArgumentException().isThrownBy(() -> new SessionTimes(Duration.ofMinutes(30), Duration.ZERO));
    }
}
