package org.hygie.prescriptions.server.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.hygie.core.problem.FieldError;
import org.hygie.core.problem.HygieException;
import org.hygie.prescriptions.api.Item;
import org.hygie.prescriptions.api.ItemInput;
import org.hygie.terminology.api.Drug;
import org.junit.jupiter.api.Test;

class ItemRulesTest {
    private static final Map<String, Drug> DRUGS = new TableKnowledge().drugs(List.of(TableKnowledge.MORPHINE.cis(),
            TableKnowledge.AMOXICILLIN.cis()));

    private static ItemInput morphine(Integer days, Integer renewals, BigDecimal dose) {
        return new ItemInput(TableKnowledge.MORPHINE.cis(), null, dose, "mg", null, "2 fois par jour", days, null,
                renewals, null, false);
    }

    private static List<FieldError> errors(List<ItemInput> items) {
        try {
            ItemRules.check(items, null, DRUGS);
        } catch (HygieException e) {
            return e.errors();
        }
        return List.of();
    }

    @Test
    void check_shouldAcceptANarcoticOf28DaysWithoutRenewal() {
        List<Item> items = ItemRules.check(List.of(morphine(28, 0, BigDecimal.TEN)), null, DRUGS);
        assertThat(items).singleElement().satisfies(i -> {
            assertThat(i.narcotic()).isTrue();
            assertThat(i.substances()).containsExactly("morphine 10 mg");
            assertThat(i.route()).isEqualTo("orale");
        });
    }

    @Test
    void check_shouldRefuseANarcoticBeyond28DaysRenewedOrWithoutDose() {
        assertThat(errors(List.of(morphine(29, 0, BigDecimal.TEN)))).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("items[0].durationDays", "narcotic_duration"));
        assertThat(errors(List.of(morphine(14, 1, BigDecimal.TEN)))).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("items[0].renewals", "narcotic_renewal"));
        assertThat(errors(List.of(new ItemInput(TableKnowledge.MORPHINE.cis(), null, BigDecimal.TEN, "mg", null,
                "2 fois par jour", null, 2, 0, null, false)))).extracting(FieldError::code)
                .containsExactly("narcotic_duration");
        assertThat(errors(List.of(morphine(7, 0, null)))).extracting(FieldError::code).contains("narcotic_dose");
    }

    @Test
    void check_shouldRefuseALineWithBothOrNeitherDrugAndText_andAnUnknownDrug() {
        assertThat(errors(List.of(new ItemInput("60000001", "texte", BigDecimal.ONE, "gélule", null, "x", 7, null, 0,
                null, false)))).extracting(FieldError::code).containsExactly("both_drug_and_text");
        assertThat(errors(List.of(new ItemInput(null, " ", null, null, null, null, 7, null, 0, null, false))))
                .extracting(FieldError::code).containsExactly("required");
        assertThat(errors(List.of(new ItemInput("99999999", null, BigDecimal.ONE, "gélule", null, "x", 7, null, 0, null,
                false)))).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("items[0].drugCis", "unknown_drug"));
        assertThat(errors(List.of())).extracting(FieldError::field).containsExactly("items");
    }

    @Test
    void check_shouldAcceptAFreeTextLineWithoutDosage() {
        assertThat(ItemRules.check(List.of(new ItemInput(null, "Préparation magistrale", null, null, null, null, null, 1,
                null, null, false)), null, DRUGS)).singleElement()
                .satisfies(i -> assertThat(i.freeText()).isEqualTo("Préparation magistrale"));
    }

    @Test
    void endsOn_shouldCountRenewalsAndGiveUpOnBoxes() {
        LocalDate day = LocalDate.of(2026, 11, 29);
        Item week = new Item(1, "1", "x", List.of(), null, false, null, BigDecimal.ONE, "cp", null, "x", 7, null, 2, null,
                false);
        assertThat(ItemRules.endsOn(List.of(week), day)).isEqualTo(day.plusDays(20));
        Item boxes = new Item(2, "1", "x", List.of(), null, false, null, BigDecimal.ONE, "cp", null, "x", null, 2, 0,
                null, false);
        assertThat(ItemRules.endsOn(List.of(week, boxes), day)).isNull();
    }
}
