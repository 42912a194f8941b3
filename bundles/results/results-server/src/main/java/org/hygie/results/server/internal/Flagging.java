package org.hygie.results.server.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.hygie.patients.api.Sex;
import org.hygie.results.api.CriticalLimits;
import org.hygie.results.api.Flag;
import org.hygie.results.api.ReferenceRange;
import org.hygie.results.api.TestReference;

/**
 * The flag of a value in its test's unit, for a patient's sex and age on the day of sampling.
 * Critical limits are judged first and on their own (LL, HH); then the reference range that matches
 * (L, N, H); when none matches, no flag at all.
 */
final class Flagging {
    /**
     * What a value was judged against, and its flag.
     *
     * @param flag the flag, or null when no range applies and no critical limit was crossed
     * @param range the range that applied, or null
     * @param criticalLimits the critical limits that applied, or null
     */
    record Judgement(Flag flag, ReferenceRange range, CriticalLimits criticalLimits) {
    }

    private Flagging() {
    }

    static Judgement judge(TestReference test, BigDecimal value, Sex sex, LocalDate birthDate, LocalDate sampledOn) {
        if (sampledOn.isBefore(birthDate)) {
            throw new IllegalArgumentException("A specimen cannot be taken before birth");
        }
        ReferenceRange range = test.ranges().stream()
                .filter(r -> r.band().matches(sex, birthDate, sampledOn)).findFirst().orElse(null);
        CriticalLimits critical = test.criticalLimits().stream()
                .filter(c -> c.band().matches(sex, birthDate, sampledOn)).findFirst().orElse(null);
        Flag flag = null;
        if (critical != null && below(value, critical.low())) {
            flag = Flag.LL;
        } else if (critical != null && above(value, critical.high())) {
            flag = Flag.HH;
        } else if (range != null) {
            flag = below(value, range.low()) ? Flag.L : above(value, range.high()) ? Flag.H : Flag.N;
        }
        return new Judgement(flag, range, critical);
    }

    private static boolean below(BigDecimal value, BigDecimal limit) {
        return limit != null && value.compareTo(limit) < 0;
    }

    private static boolean above(BigDecimal value, BigDecimal limit) {
        return limit != null && value.compareTo(limit) > 0;
    }
}
