package org.hygie.core.session;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import org.hygie.core.problem.FieldRules;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** The constraints of the session inputs that span several fields. */
public final class AuthRules {
    private AuthRules() {
    }

    /** On {@code newPassword}: {@code same_as_current}. */
    @Documented
    @Constraint(validatedBy = NewPasswordValidator.class)
    @Target(TYPE)
    @Retention(RUNTIME)
    public @interface NewPassword {
        String message() default "same_as_current: the new password must differ from the current one";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** Checks {@link NewPassword}. */
    public static final class NewPasswordValidator implements ConstraintValidator<NewPassword, PasswordChange> {
        @Override
        public boolean isValid(PasswordChange change, ConstraintValidatorContext context) {
            if (change == null || change.newPassword() == null || !change.newPassword().equals(change.currentPassword())) {
                return true;
            }
            return FieldRules.reject(context, "newPassword", "same_as_current: the new password must differ from the current one");
        }
    }
}
