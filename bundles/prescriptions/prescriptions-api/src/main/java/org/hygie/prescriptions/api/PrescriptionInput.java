package org.hygie.prescriptions.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * A prescription to sign. Field error codes: {@code patientId} {@code required},
 * {@code unknown_patient}; {@code items} {@code required} (at least one), {@code too_many} (over
 * {@link PrescriptionRules#MAX_ITEMS}); {@code weightKg} {@code out_of_range}; and those of
 * {@link ItemInput} and {@link OverrideInput}.
 *
 * @param patientId the patient
 * @param items the lines, in the order printed
 * @param overrides the interrupting alerts the prescriber signs despite, each with a reason; null for none
 * @param weightKg the patient's weight in kilograms when it matters (children, dose by weight), or null
 */
public record PrescriptionInput(@NotNull UUID patientId, List<@Valid ItemInput> items,
        List<@Valid OverrideInput> overrides,
        BigDecimal weightKg) {
    public PrescriptionInput {
        items = items == null ? List.of() : items;
        overrides = overrides == null ? List.of() : overrides;
    }
}
