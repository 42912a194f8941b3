package org.hygie.auth.server.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The growing delays between failed logins, per address and per name from an address. */
class LoginThrottleTest {
    private static final Instant T0 = Instant.parse("2026-11-29T08:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(10, 5, Duration.ofMinutes(15), 1000);

    @Test
    void delay_shouldDoubleFromOneSecondUpToTheMaximum() {
        assertThat(throttle.delayAfter(4, 5)).isZero();
        assertThat(throttle.delayAfter(5, 5)).hasSeconds(1);
        assertThat(throttle.delayAfter(6, 5)).hasSeconds(2);
        assertThat(throttle.delayAfter(9, 5)).hasSeconds(16);
        assertThat(throttle.delayAfter(15, 5)).hasMinutes(15);
        assertThat(throttle.delayAfter(500, 5)).hasMinutes(15);
    }

    @Test
    void waitFor_shouldGrowWithEachFailureOfANameFromAnAddress() {
        Instant now = T0;
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.waitFor("10.0.0.1", "admin", now)).isZero();
            throttle.failed("10.0.0.1", "admin", now);
        }
        assertThat(throttle.waitFor("10.0.0.1", "admin", now)).hasSeconds(1);

        now = now.plusSeconds(1);
        assertThat(throttle.waitFor("10.0.0.1", "admin", now)).isZero();
        throttle.failed("10.0.0.1", "admin", now);
        assertThat(throttle.waitFor("10.0.0.1", "admin", now)).hasSeconds(2);
        assertThat(throttle.waitFor("10.0.0.2", "admin", now)).as("another computer").isZero();
    }

    @Test
    void succeeded_shouldClearTheNameButNotTheAddress() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("10.0.0.1", i < 5 ? "admin" : "user" + i, T0);
        }
        throttle.succeeded("10.0.0.1", "admin");

        assertThat(throttle.waitFor("10.0.0.1", "nobody", T0)).as("the address still waits").hasSeconds(1);
    }

    @Test
    void forget_shouldClearTheNameFromEveryAddressOnly() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("10.0.0.1", "dr.martin", T0);
            throttle.failed("10.0.0.2", "dr.martin", T0);
            throttle.failed("10.0.0.3", "martin", T0);
        }
        throttle.forget("martin");
        assertThat(throttle.waitFor("10.0.0.1", "dr.martin", T0)).hasSeconds(1);
        assertThat(throttle.waitFor("10.0.0.3", "martin", T0)).isZero();
        throttle.forget("dr.martin");
        assertThat(throttle.waitFor("10.0.0.1", "dr.martin", T0)).isZero();
        assertThat(throttle.waitFor("10.0.0.2", "dr.martin", T0)).isZero();
    }

    @Test
    void failed_shouldStartAgainFromZeroAfterAnHourWithoutFailure() {
        for (int i = 0; i < 7; i++) {
            throttle.failed("10.0.0.1", "admin", T0);
        }
        Instant later = T0.plus(Duration.ofHours(1));
        throttle.failed("10.0.0.1", "admin", later);
        assertThat(throttle.waitFor("10.0.0.1", "admin", later)).isZero();
    }

    @Test
    void failed_shouldKeepItsMemoryBoundedWhateverTheNamesTried() {
        LoginThrottle small = new LoginThrottle(10, 5, Duration.ofMinutes(15), 100);
        for (int i = 0; i < 1000; i++) {
            small.failed("10.0.0." + (i % 250), "name" + i, T0.plusMillis(i));
        }
        assertThat(small.sizes()[0]).as("addresses").isLessThanOrEqualTo(100);
        assertThat(small.sizes()[1]).as("names from an address").isLessThanOrEqualTo(100);
    }

    @Test
    void constructor_shouldRefuseMeaninglessSettings() {
        assertThatIllegalArgumentException().isThrownBy(() -> new LoginThrottle(0, 5, Duration.ofMinutes(15), 10));
        assertThatIllegalArgumentException().isThrownBy(() -> new LoginThrottle(10, 5, Duration.ZERO, 10));
    }
}
