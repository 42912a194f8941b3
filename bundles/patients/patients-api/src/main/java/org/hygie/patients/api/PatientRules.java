package org.hygie.patients.api;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.util.regex.Pattern;

import org.hygie.core.problem.FieldRules;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The constraints of {@link PatientInput} that no built-in one says. Each checks the value as the
 * server stores it (stripped; a blank optional field is absent) and gives one code; the codes are
 * listed on {@link PatientInput}. They are plain code rather than regular expressions: a pattern
 * with nested repetitions takes quadratic time over a megabyte of spaces.
 */
public final class PatientRules {
    static final int NAME_MAX = 100;
    static final int PHONE_MAX = 30;
    static final int EMAIL_MAX = 254;
    /** The earliest birth date a patient may have (no one alive was born before it). */
    public static final LocalDate OLDEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

    private PatientRules() {
    }

    /** A last or first name: required, at most 100 characters, letters and no control characters. */
    @Documented
    @Constraint(validatedBy = NameValidator.class)
    @Target({ FIELD, METHOD, PARAMETER, RECORD_COMPONENT })
    @Retention(RUNTIME)
    public @interface Name {
        String message() default "invalid_characters: must contain letters and no control characters";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** A birth date neither in the future ({@code in_future}) nor before 1900 ({@code too_old}). */
    @Documented
    @Constraint(validatedBy = BirthDateValidator.class)
    @Target({ FIELD, METHOD, PARAMETER, RECORD_COMPONENT })
    @Retention(RUNTIME)
    public @interface BirthDate {
        String message() default "invalid: must be a plausible birth date";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** A phone number: digits, spaces, {@code + . - ( )}, at least 4 digits, at most 30 characters. */
    @Documented
    @Constraint(validatedBy = PhoneValidator.class)
    @Target({ FIELD, METHOD, PARAMETER, RECORD_COMPONENT })
    @Retention(RUNTIME)
    public @interface Phone {
        String message() default "invalid_format: may hold digits, spaces, + . - ( ) and at least 4 digits";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** An e-mail address that looks like one (at most 254 characters). */
    @Documented
    @Constraint(validatedBy = EmailValidator.class)
    @Target({ FIELD, METHOD, PARAMETER, RECORD_COMPONENT })
    @Retention(RUNTIME)
    public @interface Email {
        String message() default "invalid_format: must look like name@example.org";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** A French social-security number with its key ({@link Nir}). */
    @Documented
    @Constraint(validatedBy = NirValidator.class)
    @Target({ FIELD, METHOD, PARAMETER, RECORD_COMPONENT })
    @Retention(RUNTIME)
    public @interface ValidNir {
        String message() default "invalid_format: must be 13 characters (department 2A/2B allowed) followed by a 2-digit key";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** Checks {@link Name}. */
    public static final class NameValidator implements ConstraintValidator<Name, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return FieldRules.reject(context, "required: is required");
            }
            String v = value.strip();
            if (v.length() > NAME_MAX) {
                return FieldRules.reject(context, "too_long: must be at most " + NAME_MAX + " characters");
            }
            // A name must give the search something to match, and control characters (tabs, line
            // breaks) would break printed labels.
            return v.codePoints().anyMatch(Character::isLetter) && v.codePoints().noneMatch(Character::isISOControl);
        }
    }

    /** Checks {@link BirthDate} against today in the validator's clock. */
    public static final class BirthDateValidator implements ConstraintValidator<BirthDate, LocalDate> {
        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            LocalDate today = LocalDate.now(context.getClockProvider().getClock());
            if (value.isAfter(today)) {
                return FieldRules.reject(context, "in_future: must not be in the future");
            }
            if (value.isBefore(OLDEST_BIRTH_DATE)) {
                return FieldRules.reject(context, "too_old: must not be before 1900-01-01");
            }
            return true;
        }
    }

    /** Checks {@link Phone}; a blank number is no number. */
    public static final class PhoneValidator implements ConstraintValidator<Phone, String> {
        private static final Pattern PHONE = Pattern.compile("\\+?[0-9 .()\\-]+");

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            String v = value.strip();
            if (v.length() > PHONE_MAX) {
                return FieldRules.reject(context, "too_long: must be at most " + PHONE_MAX + " characters");
            }
            return PHONE.matcher(v).matches() && v.chars().filter(Character::isDigit).count() >= 4;
        }
    }

    /** Checks {@link Email}; a blank address is no address. */
    public static final class EmailValidator implements ConstraintValidator<Email, String> {
        // Deliberately loose: one @, no spaces, a dot in the domain. Real deliverability is not
        // something a form can check, and a stricter pattern refuses valid addresses.
        private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            String v = value.strip();
            if (v.length() > EMAIL_MAX) {
                return FieldRules.reject(context, "too_long: must be at most " + EMAIL_MAX + " characters");
            }
            return EMAIL.matcher(v).matches();
        }
    }

    /** Checks {@link ValidNir}; a blank number is no number. */
    public static final class NirValidator implements ConstraintValidator<ValidNir, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            if (value.length() > 64) {
                return false;
            }
            return switch (Nir.check(value.strip())) {
                case VALID -> true;
                case INVALID_FORMAT -> false;
                case INVALID_KEY -> FieldRules.reject(context, "invalid_key: the key does not match the number");
            };
        }
    }
}
