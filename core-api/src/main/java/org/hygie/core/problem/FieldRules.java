package org.hygie.core.problem;

import java.lang.annotation.Annotation;
import java.lang.annotation.ElementType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * The field rules of the input records, declared once on them with Jakarta Bean Validation
 * annotations and checked the same way by the server's REST layer (before the resource method)
 * and by the desktop (before sending).
 *
 * <p>The {@link FieldError#code() code} a client reads comes from the constraint, decided here only:
 * <ul>
 * <li>a message template of the form {@code "code: sentence"} ({@code "too_old: must not be before
 * 1900-01-01"}) gives its code: that is how Hygie's own constraints, and built-in ones that need a
 * code of their own, name it;</li>
 * <li>otherwise the built-in constraint decides: {@code @NotNull}, {@code @NotBlank},
 * {@code @NotEmpty}: {@code required}; {@code @Size}: {@code too_short} or {@code too_long};
 * {@code @Pattern}, {@code @Email}: {@code invalid_format}; {@code @Past(OrPresent)}:
 * {@code in_future}; {@code @Future(OrPresent)}: {@code in_past}; {@code @Min} and the like:
 * {@code too_small}; {@code @Max} and the like: {@code too_large}; any other: {@code invalid}.</li>
 * </ul>
 * A field is named as the client sent it: {@code birthDate}, {@code periods[3]},
 * {@code periods[3].start}. Each field gets one error ({@code required} first, as a value that is
 * missing breaks no other rule), and each code at most {@value #MAX_PER_CODE} fields, so that a
 * list of thousands of bad items still gets a short answer.
 */
public final class FieldRules {
    /** The most fields reported with one code. */
    public static final int MAX_PER_CODE = 5;

    private static final Pattern CODED = Pattern.compile("([a-z][a-z_]*): (.*)", Pattern.DOTALL);
    private static final Map<Class<? extends Annotation>, String> CODES = new HashMap<>();

    static {
        for (Class<? extends Annotation> a : List.of(NotNull.class, NotBlank.class, NotEmpty.class)) {
            CODES.put(a, "required");
        }
        CODES.put(jakarta.validation.constraints.Pattern.class, "invalid_format");
        CODES.put(Email.class, "invalid_format");
        CODES.put(Past.class, "in_future");
        CODES.put(PastOrPresent.class, "in_future");
        CODES.put(Future.class, "in_past");
        CODES.put(FutureOrPresent.class, "in_past");
        for (Class<? extends Annotation> a : List.of(Min.class, DecimalMin.class, Positive.class, PositiveOrZero.class)) {
            CODES.put(a, "too_small");
        }
        for (Class<? extends Annotation> a : List.of(Max.class, DecimalMax.class, Negative.class, NegativeOrZero.class)) {
            CODES.put(a, "too_large");
        }
    }

    private static volatile Validator validator;

    private FieldRules() {
    }

    /**
     * @param input an input record (null: nothing to check)
     * @return its invalid fields, empty when it keeps every rule
     */
    public static List<FieldError> check(Object input) {
        return input == null ? List.of() : errors(validator().validate(input));
    }

    /**
     * @throws HygieException 422 listing the invalid fields of {@code input}, if it has any, as
     *         {@link Checks} answers them: the fields left out (beyond {@value #MAX_PER_CODE} of a
     *         code) are counted in {@code otherErrors}
     */
    public static void enforce(Object input) {
        if (input != null) {
            capped(validator().validate(input)).throwIfAny();
        }
    }

    /**
     * @return the field errors of these violations, one per field, at most {@value #MAX_PER_CODE} per
     *         code and {@value Checks#MAX_ERRORS} in all: what a 422 lists
     */
    public static List<FieldError> errors(Collection<? extends ConstraintViolation<?>> violations) {
        return capped(violations).errors();
    }

    /** The errors as a 422 answers them: the fields beyond a code's cap counted, not listed. */
    private static Checks capped(Collection<? extends ConstraintViolation<?>> violations) {
        Checks checks = new Checks();
        Map<String, Integer> perCode = new HashMap<>();
        for (FieldError e : oneByField(violations)) {
            if (perCode.merge(e.code(), 1, Integer::sum) <= MAX_PER_CODE) {
                checks.reject(e.field(), e.code(), e.message());
            } else {
                checks.omit();
            }
        }
        return checks;
    }

    /** @return one error per field ({@code required} first), fields in the order a reader expects */
    private static List<FieldError> oneByField(Collection<? extends ConstraintViolation<?>> violations) {
        Map<String, FieldError> byField = new LinkedHashMap<>();
        for (ConstraintViolation<?> v : violations) {
            FieldError error = error(v);
            byField.merge(error.field(), error, (a, b) -> rank(b).compareTo(rank(a)) < 0 ? b : a);
        }
        List<FieldError> sorted = new ArrayList<>(byField.values());
        sorted.sort(Comparator.comparing(FieldError::field, FieldRules::compareFields).thenComparing(FieldError::code));
        return sorted;
    }

    /**
     * For a constraint's validator that has more than one code to give: reports {@code template}
     * ({@code "code: sentence"}) instead of the constraint's own message.
     *
     * @return false, for {@code return FieldRules.reject(context, "too_old: ...")}
     */
    public static boolean reject(ConstraintValidatorContext context, String template) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(template).addConstraintViolation();
        return false;
    }

    /**
     * For a class-level constraint: reports {@code template} on one property of the checked object.
     *
     * @return false
     */
    public static boolean reject(ConstraintValidatorContext context, String property, String template) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(template).addPropertyNode(property).addConstraintViolation();
        return false;
    }

    /** Fields in alphabetical order, list indexes in numeric order ({@code periods[2]} before {@code periods[10]}). */
    static int compareFields(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int ei = i;
                int ej = j;
                while (ei < a.length() && Character.isDigit(a.charAt(ei))) {
                    ei++;
                }
                while (ej < b.length() && Character.isDigit(b.charAt(ej))) {
                    ej++;
                }
                int c = ei - i != ej - j ? Integer.compare(ei - i, ej - j) : a.substring(i, ei).compareTo(b.substring(j, ej));
                if (c != 0) {
                    return c;
                }
                i = ei;
                j = ej;
            } else {
                if (x != y) {
                    return Character.compare(x, y);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** A missing value first; then by code, so that the choice does not depend on the set's order. */
    private static String rank(FieldError e) {
        return ("required".equals(e.code()) ? "0" : "1") + e.code() + e.message();
    }

    private static FieldError error(ConstraintViolation<?> v) {
        String field = field(v.getPropertyPath());
        String label = field.isEmpty() ? "body" : field;
        Matcher coded = CODED.matcher(v.getMessageTemplate());
        if (coded.matches()) {
            Matcher message = CODED.matcher(v.getMessage());
            return new FieldError(label, coded.group(1), label + " " + (message.matches() ? message.group(2) : v.getMessage()));
        }
        return new FieldError(label, builtInCode(v), label + " " + v.getMessage());
    }

    private static String builtInCode(ConstraintViolation<?> v) {
        Annotation constraint = v.getConstraintDescriptor().getAnnotation();
        if (constraint instanceof Size size) {
            return size(v.getInvalidValue()) < size.min() ? "too_short" : "too_long";
        }
        return CODES.getOrDefault(constraint.annotationType(), "invalid");
    }

    private static long size(Object value) {
        if (value instanceof CharSequence s) {
            return s.length();
        }
        if (value instanceof Collection<?> c) {
            return c.size();
        }
        if (value instanceof Map<?, ?> m) {
            return m.size();
        }
        if (value instanceof Object[] a) {
            return a.length;
        }
        return Long.MAX_VALUE;
    }

    /**
     * @return the field as the client named it: properties joined by dots, list items by their
     *         index ({@code periods[3]}, {@code periods[3].start}); empty for the input itself
     */
    static String field(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getKind() == jakarta.validation.ElementKind.PROPERTY) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.toString();
    }

    private static Validator validator() {
        Validator v = validator;
        if (v == null) {
            synchronized (FieldRules.class) {
                v = validator;
                if (v == null) {
                    v = build();
                    validator = v;
                }
            }
        }
        return v;
    }

    /**
     * Hibernate Validator, bootstrapped for OSGi: the provider is named instead of looked up with a
     * ServiceLoader (which sees no provider from a bundle), messages are interpolated without
     * Jakarta EL (the parameters of a constraint are all a message needs), no validation.xml is
     * searched for, and every property is reachable: an input record is no JPA entity, so there is
     * nothing to ask the persistence provider.
     */
    private static Validator build() {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(HibernateValidator.class.getClassLoader());
        try {
            return Validation.byProvider(HibernateValidator.class)
                    .providerResolver(() -> List.of(new HibernateValidator()))
                    .configure()
                    .ignoreXmlConfiguration()
                    .messageInterpolator(new ParameterMessageInterpolator())
                    .traversableResolver(new Reachable())
                    .buildValidatorFactory()
                    .getValidator();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static final class Reachable implements TraversableResolver {
        @Override
        public boolean isReachable(Object bean, Path.Node node, Class<?> rootType, Path path, ElementType type) {
            return true;
        }

        @Override
        public boolean isCascadable(Object bean, Path.Node node, Class<?> rootType, Path path, ElementType type) {
            return true;
        }
    }
}
