package org.hygie.patients.desktop.internal;

import org.hygie.patients.api.AllergySeverity;
import org.hygie.patients.api.AllergyStatus;
import org.hygie.patients.api.Sex;
import org.hygie.workbench.TextsContract;
import org.junit.jupiter.api.Test;

class MessagesTest {
    @Test
    void messages_shouldBeCompleteInFrenchAndEnglish() {
        TextsContract.assertComplete(PatientsContribution.class);
    }

    @Test
    void messages_shouldNameEverySexSeverityAndStatusTheApiKnows() {
        TextsContract.assertNamesEvery(PatientsContribution.class, "sex.", Sex.values());
        TextsContract.assertNamesEvery(PatientsContribution.class, "severity.", AllergySeverity.values());
        TextsContract.assertNamesEvery(PatientsContribution.class, "status.", AllergyStatus.values());
    }
}
