package org.hygie.appointments.desktop.internal;

import org.hygie.appointments.api.AppointmentStatus;
import org.hygie.workbench.TextsContract;
import org.junit.jupiter.api.Test;

class MessagesTest {
    @Test
    void messages_shouldBeCompleteInFrenchAndEnglish() {
        TextsContract.assertComplete(AppointmentsContribution.class);
    }

    @Test
    void messages_shouldNameEveryStatus() {
        TextsContract.assertNamesEvery(AppointmentsContribution.class, "status.", AppointmentStatus.values());
    }
}
