package org.hygie.results.api;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The comparison of a result with the patient's previous result of the same test within the rule's
 * window, attached to the value. There is none when the test has no rule or there was no previous
 * result in the window.
 *
 * @param previous the previous value, in the test's unit
 * @param previousSampledAt when the previous specimen was taken
 * @param change this value minus the previous one, in the test's unit
 * @param percent the change in percent of the previous value, or null when the previous value was 0
 * @param rule the rule it was judged by
 * @param alert whether the change exceeds the rule's threshold
 */
public record DeltaCheck(BigDecimal previous, Instant previousSampledAt, BigDecimal change, BigDecimal percent,
        DeltaRule rule, boolean alert) {
}
