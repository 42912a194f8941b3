package org.hygie.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Instant;
import java.util.UUID;

import org.hygie.core.security.AuthenticatedUser;
import org.hygie.core.security.Role;
import org.junit.jupiter.api.Test;

class AuditStampTest {
    private static final Instant CREATED = Instant.parse("2026-11-29T08:00:00.000001Z");
    private static final Instant CHANGED = Instant.parse("2026-11-29T09:30:00Z");
    private final AuthenticatedUser secretary = new AuthenticatedUser(UUID.randomUUID(), "sec.petit", "Chloé Petit",
            Role.SECRETARY, false);
    private final AuthenticatedUser doctor = new AuthenticatedUser(UUID.randomUUID(), "dr.martin", "Dr Martin",
            Role.DOCTOR, false);

    @Test
    void created_shouldRecordTheCreatorAsLastChangeToo() {
        AuditStamp stamp = AuditStamp.created(CREATED, secretary);
        assertThat(stamp.createdAt()).isEqualTo(CREATED);
        assertThat(stamp.createdBy()).isEqualTo(secretary.userId());
        assertThat(stamp.updatedAt()).isEqualTo(CREATED);
        assertThat(stamp.updatedBy()).isEqualTo(secretary.userId());
    }

    @Test
    void touch_shouldChangeTheLastChangeOnly() {
        AuditStamp stamp = AuditStamp.created(CREATED, secretary);
        stamp.touch(CHANGED, doctor);
        assertThat(stamp.createdAt()).isEqualTo(CREATED);
        assertThat(stamp.createdBy()).isEqualTo(secretary.userId());
        assertThat(stamp.updatedAt()).isEqualTo(CHANGED);
        assertThat(stamp.updatedBy()).isEqualTo(doctor.userId());
    }

    @Test
    void theSystem_shouldBeRecordedWithoutAUserId() {
        AuditStamp stamp = AuditStamp.created(CREATED, AuthenticatedUser.system("Hygie demo"));
        assertThat(stamp.createdBy()).isNull();
        assertThat(stamp.updatedBy()).isNull();
        stamp.touch(CHANGED, doctor);
        stamp.touch(CHANGED.plusSeconds(1), AuthenticatedUser.system("Hygie"));
        assertThat(stamp.updatedBy()).isNull();
        assertThat(stamp.createdAt()).isEqualTo(CREATED);
    }

    @Test
    void aStampWithoutTime_shouldBeRefused() {
        assertThatNullPointerException().isThrownBy(() -> AuditStamp.created(null, secretary));
        AuditStamp stamp = AuditStamp.created(CREATED, secretary);
        assertThatNullPointerException().isThrownBy(() -> stamp.touch(null, doctor));
        assertThat(stamp.updatedAt()).isEqualTo(CREATED);
    }
}
