package org.hygie.users.server.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;

import org.hygie.users.server.internal.LockoutPolicy.State;
import org.junit.jupiter.api.Test;

class LockoutPolicyTest {
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    private final LockoutPolicy policy = new LockoutPolicy(5, Duration.ofMinutes(15));

    @Test
    void afterFailure_shouldCountWithoutLockingBelowTheMaximum() {
        State s = new State(0, null);
        for (int i = 1; i <= 4; i++) {
            s = policy.afterFailure(s, T0);
            assertThat(s).isEqualTo(new State(i, null));
        }
    }

    @Test
    void afterFailure_shouldLockForTheDurationAtTheFifthFailure() {
        State s = policy.afterFailure(new State(4, null), T0);
        assertThat(s).isEqualTo(new State(5, T0.plus(Duration.ofMinutes(15))));
        assertThat(LockoutPolicy.isLocked(s.lockedUntil(), T0.plusSeconds(15 * 60 - 1))).isTrue();
        assertThat(LockoutPolicy.isLocked(s.lockedUntil(), T0.plusSeconds(15 * 60))).isFalse();
    }

    @Test
    void afterFailure_shouldNotExtendARunningLock() {
        State locked = new State(5, T0.plusSeconds(600));
        assertThat(policy.afterFailure(locked, T0)).isEqualTo(locked);
    }

    @Test
    void afterFailure_shouldStartCountingAgainAfterAnExpiredLock() {
        State expired = new State(5, T0.minusSeconds(1));
        assertThat(policy.afterFailure(expired, T0)).isEqualTo(new State(1, null));
    }

    @Test
    void afterSuccess_shouldResetCountAndLock() {
        assertThat(policy.afterSuccess()).isEqualTo(new State(0, null));
    }

    @Test
    void afterFailure_shouldHonourTheConfiguredMaximum() {
        LockoutPolicy strict = new LockoutPolicy(1, Duration.ofMinutes(2));
        assertThat(strict.afterFailure(new State(0, null), T0)).isEqualTo(new State(1, T0.plusSeconds(120)));
    }

    @Test
    void constructor_shouldRefuseMeaninglessSettings() {
        assertThatIllegalArgumentException().isThrownBy(() -> new LockoutPolicy(0, Duration.ofMinutes(15)));
        assertThatIllegalArgumentException().isThrownBy(() -> new LockoutPolicy(5, Duration.ZERO));
    }

    @Test
    void isLocked_shouldBeFalseWithoutLock() {
        assertThat(LockoutPolicy.isLocked(null, T0)).isFalse();
    }

    @Test
    void afterFailure_shouldNeverLockAnAccountThatIsNotLockable() {
        State s = new State(0, null);
        for (int i = 0; i < 50; i++) {
            s = policy.afterFailure(s, T0, false);
        }
        assertThat(s).isEqualTo(new State(5, null));
    }
}
