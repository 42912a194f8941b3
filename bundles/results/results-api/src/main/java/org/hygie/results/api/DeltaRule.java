package org.hygie.results.api;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * When a result differs too much from the same patient's previous one (a sample from the wrong patient,
 * a diluted sample, or a real and sudden change the biologist must look at). Exactly one of the two
 * thresholds is set.
 *
 * @param absolute the largest change, either way, in the test's unit, or null
 * @param percent the largest change, either way, in percent of the previous value, or null
 * @param window how far back a previous result counts (sampling time to sampling time)
 */
public record DeltaRule(BigDecimal absolute, BigDecimal percent, Duration window) {
}
