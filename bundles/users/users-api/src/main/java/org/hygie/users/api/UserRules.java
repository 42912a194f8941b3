package org.hygie.users.api;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.hygie.core.problem.FieldRules;
import org.hygie.core.problem.PasswordRules;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** The constraints of the accounts inputs that no built-in one says; codes as listed on each. */
public final class UserRules {
    /** The shortest login name. */
    public static final int USERNAME_MIN = 3;
    /** The longest login name. */
    public static final int USERNAME_MAX = 64;

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]+");

    private UserRules() {
    }

    /**
     * @return the name trimmed and in lower case, so that "Dr.Martin " logs in as dr.martin; the
     *         empty string for null
     */
    public static String normalizeUsername(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /** @return whether the (normalized) name has the allowed format. */
    public static boolean isUsername(String normalized) {
        return normalized != null && normalized.length() >= USERNAME_MIN && normalized.length() <= USERNAME_MAX
                && USERNAME.matcher(normalized).matches();
    }

    /**
     * A login name, once trimmed and in lower case: {@code required}, {@code length} (not 3 to 64
     * characters), {@code format} (other than {@code a-z 0-9 . _ -}).
     */
    @Documented
    @Constraint(validatedBy = UsernameValidator.class)
    @Target({ FIELD, METHOD, PARAMETER, RECORD_COMPONENT })
    @Retention(RUNTIME)
    public @interface Username {
        String message() default "format: may only hold lower-case letters a-z, digits, '.', '_' and '-'";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /**
     * On {@code temporaryPassword}: {@code same_as_username}, {@code contains_name} (the username,
     * or a part of it or of the display name, inside: {@link PasswordRules}).
     */
    @Documented
    @Constraint(validatedBy = PasswordNotUsernameValidator.class)
    @Target(TYPE)
    @Retention(RUNTIME)
    public @interface PasswordNotUsername {
        String message() default "same_as_username: the password must differ from the username";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** Checks {@link Username}. */
    public static final class UsernameValidator implements ConstraintValidator<Username, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            String name = normalizeUsername(value);
            if (name.isEmpty()) {
                return FieldRules.reject(context, "required: is required");
            }
            if (name.length() < USERNAME_MIN || name.length() > USERNAME_MAX) {
                return FieldRules.reject(context, "length: must be " + USERNAME_MIN + " to " + USERNAME_MAX + " characters");
            }
            return USERNAME.matcher(name).matches();
        }
    }

    /** Checks {@link PasswordNotUsername}. */
    public static final class PasswordNotUsernameValidator implements ConstraintValidator<PasswordNotUsername, NewUser> {
        @Override
        public boolean isValid(NewUser user, ConstraintValidatorContext context) {
            if (user == null || user.temporaryPassword() == null) {
                return true;
            }
            String username = normalizeUsername(user.username());
            if (isSameAsUsername(user.temporaryPassword(), username)) {
                return FieldRules.reject(context, "temporaryPassword",
                        "same_as_username: the password must differ from the username");
            }
            List<String> names = user.displayName() == null ? List.of(username) : List.of(username, user.displayName());
            // only the rule that needs the names: the others are the field's own (@Password)
            boolean holdsName = PasswordRules.weakness(user.temporaryPassword(), names)
                    .filter(PasswordRules.CONTAINS_NAME::equals).isPresent();
            return !holdsName || FieldRules.reject(context, "temporaryPassword", PasswordRules.template(PasswordRules.CONTAINS_NAME));
        }
    }

    /** @return whether a password is the (normalized) username, whatever its case and surrounding spaces */
    public static boolean isSameAsUsername(String password, String username) {
        return username != null && !username.isEmpty() && password != null && password.strip().equalsIgnoreCase(username);
    }
}
