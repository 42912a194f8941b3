package org.hygie.prescriptions.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A lab order.
 *
 * @param id its id
 * @param patientId the patient
 * @param prescriberId the doctor who ordered it
 * @param prescriberName his name
 * @param orderedAt when
 * @param priority how soon
 * @param clinicalInfo what the biologist should know, or null
 * @param tests the tests ordered
 * @param state where it stands
 * @param stateChangedAt when it last moved
 * @param cancelReason why it was cancelled, or null
 * @param cancelledBy by whom (name), or null
 * @param version the optimistic-lock version: send it back to cancel it or move it
 */
public record LabOrder(UUID id, UUID patientId, UUID prescriberId, String prescriberName, Instant orderedAt,
        LabPriority priority, String clinicalInfo, List<OrderedTest> tests, LabOrderState state,
        Instant stateChangedAt, String cancelReason, String cancelledBy, long version) {
    public LabOrder {
        tests = tests == null ? List.of() : List.copyOf(tests);
    }
}
