package org.hygie.core.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.junit.jupiter.api.Test;

/** How a constraint becomes the field and code a client reads. */
class FieldRulesTest {
    record Item(@NotNull String name, @Min(1) @Max(9) Integer quantity) {
    }

    record Input(@NotNull String id, @NotBlank @Size(min = 2, max = 5) String name, @NotEmpty List<String> tags,
            @Pattern(regexp = "[a-z]+") String code, @Email String email, @Past LocalDate born,
            @Future LocalDate due, @Size(max = 3, message = "too_many: at most {max} items") List<@NotNull @Valid Item> items,
            Map<String, @NotBlank String> labels, @Password String password, @AssertCode String other) {
    }

    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @jakarta.validation.Constraint(validatedBy = AssertCode.Validator.class)
    @interface AssertCode {
        String message() default "{jakarta.validation.constraints.AssertTrue.message}";

        Class<?>[] groups() default {};

        Class<? extends jakarta.validation.Payload>[] payload() default {};

        final class Validator implements jakarta.validation.ConstraintValidator<AssertCode, String> {
            @Override
            public boolean isValid(String value, jakarta.validation.ConstraintValidatorContext context) {
                return value == null || value.equals("ok")
                        || value.equals("coded") && FieldRules.reject(context, "not_ok: must say {ok}");
            }
        }
    }

    private static Input valid() {
        return new Input("1", "abc", List.of("t"), "abc", "a@b.fr", LocalDate.of(2000, 1, 1), LocalDate.now().plusDays(9),
                List.of(new Item("x", 2)), Map.of("k", "v"), "long-enough-password", "ok");
    }

    private static List<String> codes(Object input) {
        return FieldRules.check(input).stream().map(e -> e.field() + ":" + e.code()).toList();
    }

    @Test
    void check_shouldFindNothingWrongInAValidInputOrInNothing() {
        assertThat(FieldRules.check(valid())).isEmpty();
        assertThat(FieldRules.check(null)).isEmpty();
    }

    @Test
    void check_shouldGiveBuiltInConstraintsTheirCodes() {
        Input in = new Input(null, "a", List.of(), "ABC", "nope", LocalDate.now().plusDays(3), LocalDate.of(2000, 1, 1),
                List.of(), Map.of(), "short", "no");
        assertThat(codes(in)).containsExactly("born:in_future", "code:invalid_format", "due:in_past",
                "email:invalid_format", "id:required", "name:too_short", "other:invalid", "password:too_short",
                "tags:required");
    }

    @Test
    void check_shouldTellTooLongFromTooShort() {
        Input in = new Input("1", "abcdef", List.of("t"), null, null, null, null, null, null,
                "x".repeat(Password.MAX_LENGTH + 1), null);
        assertThat(codes(in)).containsExactly("name:too_long", "password:too_long");
    }

    @Test
    void check_shouldReadTheCodeOfACodedTemplateAndKeepItsSentence() {
        Input in = new Input("1", "abc", List.of("t"), null, null, null, null,
                List.of(new Item("a", 1), new Item("b", 1), new Item("c", 1), new Item("d", 1)), null, null, "coded");
        List<FieldError> errors = FieldRules.check(in);
        assertThat(errors).extracting(e -> e.field() + ":" + e.code()).containsExactly("items:too_many", "other:not_ok");
        assertThat(errors.get(0).message()).isEqualTo("items at most 3 items");
        assertThat(errors.get(1).message()).isEqualTo("other must say {ok}");
    }

    @Test
    void check_shouldNameListItemsByTheirIndexAndMapValuesByTheirKey() {
        List<Item> items = new ArrayList<>();
        items.add(new Item(null, 0));
        items.add(null);
        Input in = new Input("1", "abc", List.of("t"), null, null, null, null, items, Map.of("k", " "), null, null);
        assertThat(codes(in)).containsExactly("items[0].name:required", "items[0].quantity:too_small",
                "items[1]:required", "labels[k]:required");
    }

    @Test
    void check_shouldGiveOneErrorPerFieldAMissingValueFirst() {
        Input in = new Input("1", " ", List.of("t"), null, null, null, null, null, null, null, null);
        assertThat(codes(in)).containsExactly("name:required");
    }

    @Test
    void check_shouldReportAFewFieldsOfACodeOnly() {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            items.add(new Item("x", 10));
        }
        Input in = new Input("1", "abc", List.of("t"), null, null, null, null, items, null, null, null);
        assertThat(codes(in)).hasSize(FieldRules.MAX_PER_CODE + 1).containsExactly("items:too_many",
                "items[0].quantity:too_large", "items[1].quantity:too_large", "items[2].quantity:too_large",
                "items[3].quantity:too_large", "items[4].quantity:too_large");
    }

    @Test
    void enforce_shouldThrowA422ListingTheFields() {
        HygieException e = catchThrowableOfType(HygieException.class,
                () -> FieldRules.enforce(new Item(null, 0)));
        assertThat(e.status()).isEqualTo(422);
        assertThat(e.type()).isEqualTo(ProblemTypes.VALIDATION);
        assertThat(e.errors()).extracting(FieldError::field).containsExactly("name", "quantity");
        FieldRules.enforce(new Item("x", 1));
    }
}
