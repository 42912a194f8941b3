package org.hygie.patients.server.internal;

import java.time.LocalDate;
import java.util.regex.Pattern;

import org.hygie.core.problem.Checks;
import org.hygie.core.problem.HygieException;
import org.hygie.patients.api.AllergyInput;
import org.hygie.patients.api.PatientInput;

/**
 * The field rules of {@link PatientInput} and {@link AllergyInput}; the codes are documented on
 * those records, where clients read them.
 */
final class PatientValidator {
    static final int NAME_MAX = 100;
    static final int PHONE_MAX = 30;
    static final int EMAIL_MAX = 254;
    static final int ADDRESS_MAX = 500;
    static final int SUBSTANCE_MAX = 200;
    static final int REACTION_MAX = 500;
    static final LocalDate OLDEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 .()\\-]+");
    // Deliberately loose: one @, no spaces, a dot in the domain. Real deliverability is not
    // something a form can check, and a stricter pattern refuses valid addresses.
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private PatientValidator() {
    }

    /**
     * @param today the current date at the hospital, for the future-birth rule
     * @param update whether the input is for an update, which must carry the version read
     * @throws HygieException 422 listing every invalid field
     */
    static void validate(PatientInput in, LocalDate today, boolean update) {
        Checks checks = new Checks();
        if (in == null) {
            throw HygieException.badRequest("A patient is required in the request body");
        }
        name(checks, "lastName", in.lastName());
        name(checks, "firstName", in.firstName());
        checks.required("birthDate", in.birthDate());
        if (in.birthDate() != null) {
            checks.require(!in.birthDate().isAfter(today), "birthDate", "in_future",
                    "birthDate must not be in the future");
            checks.require(!in.birthDate().isBefore(OLDEST_BIRTH_DATE), "birthDate", "too_old",
                    "birthDate must not be before 1900-01-01");
        }
        checks.required("sex", in.sex());
        String phone = blankToNull(in.phone());
        if (phone != null) {
            checks.maxLength("phone", phone, PHONE_MAX);
            if (!checks.hasError("phone")) {
                checks.require(PHONE.matcher(phone).matches() && phone.chars().filter(Character::isDigit).count() >= 4,
                        "phone", "invalid_format", "phone may hold digits, spaces, + . - ( ) and at least 4 digits");
            }
        }
        String email = blankToNull(in.email());
        if (email != null) {
            checks.maxLength("email", email, EMAIL_MAX);
            if (!checks.hasError("email")) {
                checks.require(EMAIL.matcher(email).matches(), "email", "invalid_format",
                        "email must look like name@example.org");
            }
        }
        checks.maxLength("address", in.address(), ADDRESS_MAX);
        String nir = blankToNull(in.nir());
        if (nir != null) {
            switch (Nir.check(nir)) {
                case INVALID_FORMAT -> checks.reject("nir", "invalid_format",
                        "nir must be 13 characters (department 2A/2B allowed) followed by a 2-digit key");
                case INVALID_KEY -> checks.reject("nir", "invalid_key", "nir key does not match its number");
                case VALID -> { }
            }
        }
        if (update) {
            checks.required("version", in.version());
        }
        checks.throwIfAny();
    }

    /** @throws HygieException 422 listing every invalid field */
    static void validate(AllergyInput in) {
        if (in == null) {
            throw HygieException.badRequest("An allergy is required in the request body");
        }
        new Checks()
                .required("substance", in.substance())
                .maxLength("substance", trim(in.substance()), SUBSTANCE_MAX)
                .maxLength("reaction", trim(in.reaction()), REACTION_MAX)
                .required("severity", in.severity())
                .throwIfAny();
    }

    private static void name(Checks checks, String field, String value) {
        checks.required(field, value);
        if (value == null || value.isBlank()) {
            return;
        }
        String v = value.strip();
        checks.maxLength(field, v, NAME_MAX);
        // A name must give the search something to match, and control characters (tabs, line
        // breaks) would break printed labels.
        boolean hasLetter = v.codePoints().anyMatch(Character::isLetter);
        boolean hasControl = v.codePoints().anyMatch(Character::isISOControl);
        checks.require(hasLetter && !hasControl, field, "invalid_characters",
                field + " must contain letters and no control characters");
    }

    /** @return the trimmed value, or null when absent or blank */
    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String trim(String value) {
        return value == null ? null : value.strip();
    }
}
