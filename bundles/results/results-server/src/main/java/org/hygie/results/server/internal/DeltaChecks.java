package org.hygie.results.server.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.hygie.results.api.DeltaCheck;
import org.hygie.results.api.DeltaRule;

/** The comparison of a value with the patient's previous result of the same test. */
final class DeltaChecks {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * The patient's previous result of the test.
     *
     * @param value its value in the test's unit
     * @param sampledAt when its specimen was taken
     */
    record Previous(BigDecimal value, Instant sampledAt) {
    }

    private DeltaChecks() {
    }

    /**
     * @param rule the test's rule, or null for none
     * @param value this value, in the test's unit
     * @param sampledAt when this specimen was taken
     * @param previous the previous result, or null
     * @return the check, or empty when there is no rule, no previous result, or the previous one was
     *         taken after this one or longer ago than the rule's window
     */
    static Optional<DeltaCheck> check(DeltaRule rule, BigDecimal value, Instant sampledAt, Previous previous) {
        if (rule == null || previous == null || previous.sampledAt().isAfter(sampledAt)
                || Duration.between(previous.sampledAt(), sampledAt).compareTo(rule.window()) > 0) {
            return Optional.empty();
        }
        BigDecimal change = value.subtract(previous.value());
        BigDecimal percent = previous.value().signum() == 0 ? null
                : change.multiply(HUNDRED).divide(previous.value().abs(), 1, RoundingMode.HALF_UP);
        boolean alert;
        if (rule.absolute() != null) {
            alert = change.abs().compareTo(rule.absolute()) > 0;
        } else {
            // From 0, any change is infinitely many percent.
            alert = percent == null ? change.signum() != 0 : percent.abs().compareTo(rule.percent()) > 0;
        }
        return Optional.of(new DeltaCheck(previous.value(), previous.sampledAt(), change, percent, rule, alert));
    }
}
