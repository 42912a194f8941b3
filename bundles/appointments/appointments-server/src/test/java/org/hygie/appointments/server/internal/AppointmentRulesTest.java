package org.hygie.appointments.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.hygie.appointments.api.AppointmentInput;
import org.hygie.core.problem.Checks;
import org.hygie.core.problem.FieldError;
import org.junit.jupiter.api.Test;

class AppointmentRulesTest {
    private static final OffsetDateTime START = OffsetDateTime.parse("2030-01-07T09:00:00+01:00");

    private static List<String> codes(OffsetDateTime start, OffsetDateTime end, String reason) {
        return AppointmentRules.check(new AppointmentInput(UUID.randomUUID(), UUID.randomUUID(), start, end, reason),
                new Checks()).errors().stream().map(e -> e.field() + ":" + e.code()).toList();
    }

    @Test
    void check_shouldAcceptFiveMinutesAndEightHours() {
        assertThat(codes(START, START.plusMinutes(5), null)).isEmpty();
        assertThat(codes(START, START.plusHours(8), "Suivi")).isEmpty();
    }

    @Test
    void check_shouldRefuseAnEndNotAfterTheStart() {
        assertThat(codes(START, START, null)).containsExactly("end:end_before_start");
        assertThat(codes(START, START.minusMinutes(30), null)).containsExactly("end:end_before_start");
    }

    @Test
    void check_shouldRefuseUnderFiveMinutesAndOverEightHours() {
        assertThat(codes(START, START.plusMinutes(4).plusSeconds(59), null)).containsExactly("end:too_short");
        assertThat(codes(START, START.plusHours(8).plusMinutes(1), null)).containsExactly("end:too_long");
    }

    @Test
    void check_shouldCompareInstantsWhateverTheOffsets() {
        // 09:00+01:00 to 08:30Z is 30 minutes later, though 08:30 reads earlier than 09:00.
        assertThat(codes(START, OffsetDateTime.parse("2030-01-07T08:30:00Z"), null)).isEmpty();
    }

    @Test
    void check_shouldListEveryMissingField() {
        List<FieldError> errors = AppointmentRules.check(new AppointmentInput(null, null, null, null, "x".repeat(501)),
                new Checks()).errors();
        assertThat(errors).extracting(e -> e.field() + ":" + e.code()).containsExactlyInAnyOrder("patientId:required",
                "doctorId:required", "start:required", "end:required", "reason:too_long");
    }
}
