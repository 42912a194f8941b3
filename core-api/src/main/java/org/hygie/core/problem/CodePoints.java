package org.hygie.core.problem;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A string of {@code min} to {@code max} Unicode code points, so that an accented letter or an
 * emoji counts as one character ({@code @Size} counts UTF-16 units). Codes: {@code required} for
 * an empty string, {@code too_short}, {@code too_long}; null passes (combine with {@code @NotNull}).
 */
@Documented
@Constraint(validatedBy = CodePoints.Validator.class)
@Target({ FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Retention(RUNTIME)
public @interface CodePoints {
    int min() default 0;

    int max() default Integer.MAX_VALUE;

    String message() default "invalid: must be {min} to {max} characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks {@link CodePoints}. */
    final class Validator implements ConstraintValidator<CodePoints, CharSequence> {
        private int min;
        private int max;

        @Override
        public void initialize(CodePoints constraint) {
            min = constraint.min();
            max = constraint.max();
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            String s = value.toString();
            int length = s.codePointCount(0, s.length());
            String template = length == 0 && min > 0 ? "required: must not be empty"
                    : length < min ? "too_short: must be at least " + min + " characters"
                    : length > max ? "too_long: must be at most " + max + " characters" : null;
            return template == null || FieldRules.reject(context, template);
        }
    }
}
