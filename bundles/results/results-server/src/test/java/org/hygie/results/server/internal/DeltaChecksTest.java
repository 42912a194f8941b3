package org.hygie.results.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import org.hygie.results.api.DeltaCheck;
import org.hygie.results.api.DeltaRule;
import org.hygie.results.server.internal.DeltaChecks.Previous;
import org.junit.jupiter.api.Test;

/** Delta checks against the previous result within the rule's window. */
class DeltaChecksTest {
    private static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");
    private static final DeltaRule POTASSIUM = new DeltaRule(new BigDecimal("1.0"), null, Duration.ofDays(3));
    private static final DeltaRule PLATELETS = new DeltaRule(null, new BigDecimal("50"), Duration.ofDays(3));

    private static Previous previous(String value, Duration ago) {
        return new Previous(new BigDecimal(value), NOW.minus(ago));
    }

    private static DeltaCheck check(DeltaRule rule, String value, Previous previous) {
        return DeltaChecks.check(rule, new BigDecimal(value), NOW, previous).orElseThrow();
    }

    @Test
    void absoluteRule_shouldAlertBeyondItsThresholdEitherWay() {
        DeltaCheck rise = check(POTASSIUM, "5.6", previous("4.1", Duration.ofDays(1)));
        assertThat(rise.alert()).isTrue();
        assertThat(rise.change()).isEqualByComparingTo("1.5");
        assertThat(rise.percent()).isEqualByComparingTo("36.6");
        assertThat(rise.previous()).isEqualByComparingTo("4.1");
        assertThat(rise.previousSampledAt()).isEqualTo(NOW.minus(Duration.ofDays(1)));
        assertThat(check(POTASSIUM, "3.0", previous("4.1", Duration.ofDays(1))).alert()).isTrue();
        DeltaCheck small = check(POTASSIUM, "5.1", previous("4.1", Duration.ofHours(12)));
        assertThat(small.alert()).isFalse();
        assertThat(small.change()).isEqualByComparingTo("1.0");
    }

    @Test
    void percentRule_shouldAlertBeyondItsShareOfThePreviousValue() {
        assertThat(check(PLATELETS, "95", previous("250", Duration.ofDays(2))).alert()).isTrue();
        assertThat(check(PLATELETS, "125", previous("250", Duration.ofDays(2))).alert()).isFalse();
        DeltaCheck doubled = check(PLATELETS, "510", previous("250", Duration.ofDays(2)));
        assertThat(doubled.alert()).isTrue();
        assertThat(doubled.percent()).isEqualByComparingTo("104.0");
        DeltaCheck fromZero = check(PLATELETS, "3", previous("0", Duration.ofDays(2)));
        assertThat(fromZero.percent()).isNull();
        assertThat(fromZero.alert()).isTrue();
        assertThat(check(PLATELETS, "0", previous("0", Duration.ofDays(2))).alert()).isFalse();
    }

    @Test
    void window_shouldIncludeItsEnd_andNothingOlderOrLater() {
        assertThat(DeltaChecks.check(POTASSIUM, new BigDecimal("6.0"), NOW, previous("4.0", Duration.ofDays(3))))
                .isPresent();
        assertThat(DeltaChecks.check(POTASSIUM, new BigDecimal("6.0"), NOW,
                previous("4.0", Duration.ofDays(3).plusSeconds(1)))).isEmpty();
        assertThat(DeltaChecks.check(POTASSIUM, new BigDecimal("6.0"), NOW,
                new Previous(new BigDecimal("4.0"), NOW.plusSeconds(60)))).isEmpty();
        assertThat(DeltaChecks.check(POTASSIUM, new BigDecimal("6.0"), NOW, null)).isEmpty();
        assertThat(DeltaChecks.check(null, new BigDecimal("6.0"), NOW, previous("4.0", Duration.ofDays(1))))
                .isEmpty();
    }
}
