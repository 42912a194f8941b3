package org.hygie.prescriptions.api;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A lab order. Field error codes: {@code patientId} {@code required}, {@code unknown_patient};
 * {@code tests} {@code required} (at least one), {@code too_many} (over {@link #MAX_TESTS}),
 * {@code unknown_test} (field {@code tests[i]}); {@code priority} {@code required};
 * {@code clinicalInfo} {@code too_long}.
 *
 * @param patientId the patient
 * @param tests the LOINC codes of the tests ordered, from the catalogue (a repeat counts once)
 * @param priority how soon
 * @param clinicalInfo what the biologist should know (context, question asked), or null
 */
public record LabOrderInput(@NotNull UUID patientId, List<String> tests, @NotNull LabPriority priority,
        @Size(max = 2000) String clinicalInfo) {
    /** How many tests one order holds at most. */
    public static final int MAX_TESTS = 50;
}
