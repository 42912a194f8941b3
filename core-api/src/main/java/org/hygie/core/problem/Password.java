package org.hygie.core.problem;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A new password: 12 to 128 characters (Unicode code points, so that an accented letter or an
 * emoji counts as one), neither common nor made of repetitions and sequences
 * ({@link PasswordRules}). Composition rules are left out on purpose (NIST SP 800-63B). Codes:
 * {@code required} (empty), {@code too_short}, {@code too_long}, {@code common_password},
 * {@code trivial_password}; null passes (combine with {@code @NotNull} where the password is not
 * optional). The rules that need the account (not its name, not a recent password) are the users
 * area's, through the same {@link PasswordRules}.
 */
@Documented
@Constraint(validatedBy = PasswordRules.Validator.class)
@CodePoints(min = Password.MIN_LENGTH, max = Password.MAX_LENGTH)
@Target({ FIELD, METHOD, PARAMETER, RECORD_COMPONENT })
@Retention(RUNTIME)
public @interface Password {
    int MIN_LENGTH = 12;
    int MAX_LENGTH = 128;

    String message() default "invalid: must be 12 to 128 characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
