package org.hygie.users.api.accounts;

import java.util.UUID;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told about account changes that must end the user's sessions. Registered as an OSGi service by
 * whoever keeps sessions (the auth area); the users area calls every listener after the change is
 * committed. A listener that fails does not undo the change; whoever keeps sessions must also
 * check the account on each request ({@link UserAccounts#findActive}), so that a missed call never
 * leaves a deactivated user working.
 */
@ConsumerType
public interface UserAccountListener {
    /** The account was deactivated: its sessions must end. */
    void accountDeactivated(UUID userId);

    /** An administrator reset the account's password: its sessions must end. */
    void passwordReset(UUID userId);
}
