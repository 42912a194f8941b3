package org.hygie.prescriptions.server.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hygie.prescriptions.server.internal.TableKnowledge.*;

import java.util.List;
import java.util.UUID;

import org.hygie.core.problem.FieldError;
import org.hygie.core.problem.HygieException;
import org.hygie.prescriptions.api.Alert;
import org.hygie.prescriptions.api.AlertType;
import org.hygie.prescriptions.api.OverrideInput;
import org.hygie.prescriptions.server.internal.SafetyChecks.KnownAllergy;
import org.hygie.prescriptions.server.internal.SafetyChecks.Line;
import org.hygie.prescriptions.server.internal.SafetyChecks.OtherDrug;
import org.junit.jupiter.api.Test;

class SafetyChecksTest {
    private final TableKnowledge knowledge = new TableKnowledge();

    private List<Alert> check(List<Line> lines, List<KnownAllergy> allergies, List<OtherDrug> others) {
        return SafetyChecks.check(lines, allergies, others, knowledge);
    }

    private static Line line(int n, org.hygie.terminology.api.Drug drug) {
        return new Line(n, drug, null);
    }

    @Test
    void check_shouldWarnForEveryPenicillinWhenTheAllergyIsToAmoxicillinCoded() {
        List<Alert> alerts = check(List.of(line(1, PIPERACILLIN)),
                List.of(new KnownAllergy("Amoxicilline", "inn:amoxicilline", "SEVERE")), List.of());
        assertThat(alerts).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo(AlertType.ALLERGY);
            assertThat(a.interrupts()).isTrue();
            assertThat(a.level()).isEqualTo("SEVERE");
            assertThat(a.fromFreeText()).isFalse();
            assertThat(a.allergen()).isEqualTo("Amoxicilline");
            assertThat(a.drug()).isEqualTo(PIPERACILLIN.name());
            assertThat(a.message()).contains("J01C").doesNotContain("texte libre");
        });
    }

    @Test
    void check_shouldReadAFreeTextAllergyByItsNameAndSaySo() {
        List<Alert> alerts = check(List.of(line(1, AMOXICILLIN)), List.of(new KnownAllergy("Pénicilline", null, "SEVERE")),
                List.of());
        assertThat(alerts).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo(AlertType.ALLERGY);
            assertThat(a.interrupts()).isTrue();
            assertThat(a.fromFreeText()).isTrue();
            assertThat(a.message()).contains("texte libre");
        });
    }

    @Test
    void check_shouldMakeAMildAllergyANoteAndAnUnknownSeverityInterrupt() {
        assertThat(check(List.of(line(1, AMOXICILLIN)), List.of(new KnownAllergy("Pénicilline", null, "MILD")),
                List.of())).singleElement().satisfies(a -> assertThat(a.interrupts()).isFalse());
        assertThat(check(List.of(line(1, AMOXICILLIN)), List.of(new KnownAllergy("Pénicilline", null, "UNKNOWN")),
                List.of())).singleElement().satisfies(a -> assertThat(a.interrupts()).isTrue());
    }

    @Test
    void check_shouldFindNothingForADrugOutsideTheAllergensClass() {
        assertThat(check(List.of(line(1, PARACETAMOL)), List.of(new KnownAllergy("Pénicilline", null, "SEVERE")),
                List.of())).isEmpty();
    }

    @Test
    void check_shouldSayAnUnreadableFreeTextAllergyWasNotChecked() {
        assertThat(check(List.of(line(1, PARACETAMOL)), List.of(new KnownAllergy("Fraises", null, "SEVERE")),
                List.of())).singleElement().satisfies(a -> {
                    assertThat(a.type()).isEqualTo(AlertType.NOT_CHECKED);
                    assertThat(a.interrupts()).isFalse();
                    assertThat(a.message()).contains("Fraises");
                });
    }

    @Test
    void check_shouldSayAFreeTextLineCouldNotBeChecked() {
        assertThat(check(List.of(new Line(1, null, "Préparation magistrale X")),
                List.of(new KnownAllergy("Pénicilline", null, "SEVERE")), List.of())).singleElement().satisfies(a -> {
                    assertThat(a.type()).isEqualTo(AlertType.NOT_CHECKED);
                    assertThat(a.line()).isEqualTo(1);
                    assertThat(a.interrupts()).isFalse();
                    assertThat(a.message()).contains("texte libre", "Préparation magistrale X");
                });
    }

    @Test
    void check_shouldInterruptOnAContraindicationBetweenLines() {
        assertThat(check(List.of(line(1, METHOTREXATE), line(2, TRIMETHOPRIM)), List.of(), List.of()))
                .singleElement().satisfies(a -> {
                    assertThat(a.type()).isEqualTo(AlertType.INTERACTION);
                    assertThat(a.level()).isEqualTo("CONTRAINDICATION");
                    assertThat(a.interrupts()).isTrue();
                    assertThat(a.otherDrug()).isEqualTo(TRIMETHOPRIM.name());
                    assertThat(a.message()).startsWith("Contre-indication");
                });
    }

    @Test
    void check_shouldInterruptOnANotRecommendedPairAgainstAnotherActivePrescription() {
        UUID other = UUID.randomUUID();
        assertThat(check(List.of(line(1, IBUPROFEN)), List.of(), List.of(new OtherDrug(other, WARFARIN))))
                .singleElement().satisfies(a -> {
                    assertThat(a.level()).isEqualTo("NOT_RECOMMENDED");
                    assertThat(a.interrupts()).isTrue();
                    assertThat(a.otherPrescriptionId()).isEqualTo(other);
                    assertThat(a.message()).contains("traitement en cours");
                });
    }

    @Test
    void check_shouldMakeTheTwoMilderLevelsNotes() {
        assertThat(check(List.of(line(1, CLOPIDOGREL), line(2, OMEPRAZOLE)), List.of(), List.of()))
                .singleElement().satisfies(a -> {
                    assertThat(a.level()).isEqualTo("PRECAUTION");
                    assertThat(a.interrupts()).isFalse();
                });
        assertThat(check(List.of(line(1, METFORMIN), line(2, IODINE_CONTRAST)), List.of(), List.of()))
                .singleElement().satisfies(a -> {
                    assertThat(a.level()).isEqualTo("TO_CONSIDER");
                    assertThat(a.interrupts()).isFalse();
                });
    }

    @Test
    void check_shouldGiveTheSameKeysForTheSameFindings() {
        List<Line> lines = List.of(line(1, METHOTREXATE), line(2, TRIMETHOPRIM), line(3, AMOXICILLIN));
        List<KnownAllergy> allergies = List.of(new KnownAllergy("Pénicilline", null, "SEVERE"));
        assertThat(check(lines, allergies, List.of())).extracting(Alert::key)
                .isEqualTo(check(lines, allergies, List.of()).stream().map(Alert::key).toList()).hasSize(2)
                .doesNotHaveDuplicates();
    }

    @Test
    void decide_shouldStopOnEachInterruptingAlertNotOverridden() {
        List<Alert> alerts = check(List.of(line(1, AMOXICILLIN), line(2, CLOPIDOGREL), line(3, OMEPRAZOLE)),
                List.of(new KnownAllergy("Pénicilline", null, "SEVERE")), List.of());
        assertThatThrownBy(() -> Overrides.decide(alerts, List.of())).isInstanceOfSatisfying(HygieException.class, e -> {
            assertThat(e.status()).isEqualTo(422);
            assertThat(e.type()).isEqualTo(Overrides.ALERTS_PROBLEM);
            @SuppressWarnings("unchecked")
            List<Alert> stopping = (List<Alert>) e.properties().get("alerts");
            assertThat(stopping).singleElement().satisfies(a -> assertThat(a.type()).isEqualTo(AlertType.ALLERGY));
            assertThat((List<?>) e.properties().get("notes")).hasSize(1);
        });
    }

    @Test
    void decide_shouldSignWithAReasonPerInterruptingAlertAndKeepTheNotes() {
        List<Alert> alerts = check(List.of(line(1, AMOXICILLIN), line(2, CLOPIDOGREL), line(3, OMEPRAZOLE)),
                List.of(new KnownAllergy("Pénicilline", null, "SEVERE")), List.of());
        String key = alerts.stream().filter(Alert::interrupts).findFirst().orElseThrow().key();
        Overrides.Decision decision = Overrides.decide(alerts, List.of(new OverrideInput(key, "Test cutané négatif")));
        assertThat(decision.overridden()).singleElement().satisfies(o -> {
            assertThat(o.reason()).isEqualTo("Test cutané négatif");
            assertThat(o.alert().key()).isEqualTo(key);
        });
        assertThat(decision.notes()).singleElement().satisfies(a -> assertThat(a.level()).isEqualTo("PRECAUTION"));
    }

    @Test
    void decide_shouldRefuseAnOverrideWithoutReasonOrOfNoAlert() {
        List<Alert> alerts = check(List.of(line(1, AMOXICILLIN)), List.of(new KnownAllergy("Pénicilline", null, "SEVERE")),
                List.of());
        String key = alerts.get(0).key();
        assertThatThrownBy(() -> Overrides.decide(alerts, List.of(new OverrideInput(key, "  "))))
                .isInstanceOfSatisfying(HygieException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.errors()).extracting(FieldError::field, FieldError::code)
                            .containsExactly(org.assertj.core.groups.Tuple.tuple("overrides[0].reason", "required"));
                });
        assertThatThrownBy(() -> Overrides.decide(alerts, List.of(new OverrideInput("allergy:9:x", "raison"))))
                .isInstanceOfSatisfying(HygieException.class, e -> assertThat(e.errors()).extracting(FieldError::code)
                        .containsExactly("unknown_alert"));
    }

    @Test
    void decide_shouldSignWithNotesOnlyWhenNothingInterrupts() {
        List<Alert> alerts = check(List.of(line(1, METFORMIN), line(2, IODINE_CONTRAST)), List.of(), List.of());
        assertThat(Overrides.decide(alerts, List.of()).notes()).hasSize(1);
    }
}
