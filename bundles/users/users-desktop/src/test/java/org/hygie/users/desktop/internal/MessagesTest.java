package org.hygie.users.desktop.internal;

import org.hygie.core.security.Role;
import org.hygie.workbench.TextsContract;
import org.junit.jupiter.api.Test;

class MessagesTest {
    @Test
    void messages_shouldBeCompleteInFrenchAndEnglish() {
        TextsContract.assertComplete(UsersContribution.class);
    }

    @Test
    void messages_shouldNameEveryRole() {
        TextsContract.assertNamesEvery(UsersContribution.class, "role.", Role.values());
    }
}
