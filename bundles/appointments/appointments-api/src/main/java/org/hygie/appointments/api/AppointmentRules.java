package org.hygie.appointments.api;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.hygie.core.problem.FieldRules;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The rules of the appointments inputs that span several fields, as class-level constraints (pure
 * logic; what needs the database, an unknown doctor or an overlap with another booking, is the
 * service's). Codes as listed on each input.
 */
public final class AppointmentRules {
    /** The shortest appointment. */
    public static final Duration MIN_DURATION = Duration.ofMinutes(5);
    /** The longest appointment. */
    public static final Duration MAX_DURATION = Duration.ofHours(8);
    /** How far ahead an appointment may start: the longest follow-up plans (five years after a cancer). */
    public static final java.time.Period MAX_AHEAD = java.time.Period.ofYears(5);
    /** How far back or ahead of today a listed range may reach. */
    public static final java.time.Period MAX_RANGE_REACH = java.time.Period.ofYears(100);

    private AppointmentRules() {
    }

    /** On {@code end}: {@code end_before_start}, {@code too_short} (under 5 minutes), {@code too_long} (over 8 hours). */
    @Documented
    @Constraint(validatedBy = LengthValidator.class)
    @Target(TYPE)
    @Retention(RUNTIME)
    public @interface Length {
        String message() default "invalid: end must be after start";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** On {@code reason}: {@code required} when the new status is CANCELLED. */
    @Documented
    @Constraint(validatedBy = CancellationReasonValidator.class)
    @Target(TYPE)
    @Retention(RUNTIME)
    public @interface CancellationReason {
        String message() default "required: a cancellation needs a reason";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** On {@code periods[i]}: {@code end_before_start}. */
    @Documented
    @Constraint(validatedBy = PeriodValidator.class)
    @Target(TYPE)
    @Retention(RUNTIME)
    public @interface Period {
        String message() default "required: needs day, start and end";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** On {@code periods[i]}: {@code overlap} with another period of the same day. */
    @Documented
    @Constraint(validatedBy = NoOverlapValidator.class)
    @Target(TYPE)
    @Retention(RUNTIME)
    public @interface NoOverlap {
        String message() default "overlap: overlaps another period of the same day";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** Checks {@link Length}. */
    public static final class LengthValidator implements ConstraintValidator<Length, AppointmentInput> {
        @Override
        public boolean isValid(AppointmentInput in, ConstraintValidatorContext context) {
            if (in == null || in.start() == null || in.end() == null) {
                return true;
            }
            Duration length = Duration.between(in.start().toInstant(), in.end().toInstant());
            if (length.isNegative() || length.isZero()) {
                return FieldRules.reject(context, "end", "end_before_start: must be after start");
            }
            if (length.compareTo(MIN_DURATION) < 0) {
                return FieldRules.reject(context, "end", "too_short: an appointment lasts at least 5 minutes");
            }
            if (length.compareTo(MAX_DURATION) > 0) {
                return FieldRules.reject(context, "end", "too_long: an appointment lasts at most 8 hours");
            }
            return true;
        }
    }

    /** Checks {@link CancellationReason}. */
    public static final class CancellationReasonValidator implements ConstraintValidator<CancellationReason, StatusChange> {
        @Override
        public boolean isValid(StatusChange change, ConstraintValidatorContext context) {
            if (change == null || change.status() != AppointmentStatus.CANCELLED) {
                return true;
            }
            return change.reason() != null && !change.reason().isBlank()
                    || FieldRules.reject(context, "reason", "required: a cancellation needs a reason");
        }
    }

    /** Checks {@link Period}. */
    public static final class PeriodValidator implements ConstraintValidator<Period, WorkingPeriod> {
        @Override
        public boolean isValid(WorkingPeriod p, ConstraintValidatorContext context) {
            if (p == null) {
                return true;
            }
            if (p.day() == null || p.start() == null || p.end() == null) {
                return false;
            }
            return p.end().isAfter(p.start()) || FieldRules.reject(context, "end_before_start: end must be after start");
        }
    }

    /**
     * Checks {@link NoOverlap} on complete periods, sorted (so in n log n, whatever the size of the
     * list): a period overlaps when it starts before the latest end seen on its day; the error is
     * on the later of the two in the list.
     */
    public static final class NoOverlapValidator implements ConstraintValidator<NoOverlap, WorkingHours> {
        @Override
        public boolean isValid(WorkingHours hours, ConstraintValidatorContext context) {
            if (hours == null || hours.periods() == null || hours.periods().size() > WorkingHours.MAX_PERIODS) {
                return true; // too many periods is said once, by @Size: no point listing their overlaps
            }
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < hours.periods().size(); i++) {
                WorkingPeriod p = hours.periods().get(i);
                if (p == null || p.day() == null || p.start() == null || p.end() == null || !p.end().isAfter(p.start())) {
                    return true; // reported by @Period; overlaps are looked for among valid periods only
                }
                order.add(i);
            }
            List<WorkingPeriod> periods = hours.periods();
            order.sort(Comparator.comparing((Integer i) -> periods.get(i).day())
                    .thenComparing(i -> periods.get(i).start()).thenComparing(i -> i));
            boolean valid = true;
            Integer latest = null;
            for (Integer i : order) {
                WorkingPeriod p = periods.get(i);
                if (latest != null && periods.get(latest).day() == p.day() && p.start().isBefore(periods.get(latest).end())) {
                    if (valid) {
                        context.disableDefaultConstraintViolation();
                        valid = false;
                    }
                    context.buildConstraintViolationWithTemplate(
                            "overlap: overlaps periods[" + Math.min(i, latest) + "]")
                            .addPropertyNode("periods").addBeanNode().inIterable().atIndex(Math.max(i, latest))
                            .addConstraintViolation();
                }
                if (latest == null || periods.get(latest).day() != p.day() || p.end().isAfter(periods.get(latest).end())) {
                    latest = i;
                }
            }
            return valid;
        }
    }
}
