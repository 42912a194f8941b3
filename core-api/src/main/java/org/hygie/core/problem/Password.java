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
 * emoji counts as one). Length is what makes a password strong; composition rules are left out on
 * purpose (NIST SP 800-63B). Codes: {@code required} (empty), {@code too_short}, {@code too_long};
 * null passes (combine with {@code @NotNull} where the password is not optional). The rules that
 * need the account (not its username, not the current password) are the users area's.
 */
@Documented
@Constraint(validatedBy = {})
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
