package org.hygie.auth.server.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.hygie.core.session.Credentials;
import org.hygie.core.problem.HygieException;
import org.hygie.core.problem.ProblemTypes;
import org.hygie.core.security.AuthenticatedUser;
import org.hygie.core.session.Credentials;
import org.hygie.users.api.accounts.LoginCheck;
import org.hygie.users.api.accounts.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The login paths that need no database: refusals never open a session. */
class SessionsTest {
    private final Sessions sessions = new Sessions();
    private final AtomicInteger verifications = new AtomicInteger();
    private LoginCheck nextCheck;

    @BeforeEach
    void setUp() {
        sessions.configure(TestConfigs.defaults());
        sessions.accounts = new UserAccounts() {
            @Override
            public LoginCheck verify(String username, String password) {
                verifications.incrementAndGet();
                return nextCheck;
            }

            @Override
            public Optional<AuthenticatedUser> findActive(UUID userId) {
                throw new AssertionError("not expected");
            }

            @Override
            public java.util.List<AuthenticatedUser> activeWithRole(org.hygie.core.security.Role role) {
                throw new AssertionError("not expected");
            }

            @Override
            public void changePassword(UUID userId, String currentPassword, String newPassword) {
                throw new AssertionError("not expected");
            }
        };
        // no Transactions: a refused login must not reach the database
    }

    @Test
    void login_shouldAnswerTheSame401ForEveryRejection() {
        nextCheck = new LoginCheck.Rejected();
        HygieException unknown = catchThrowableOfType(HygieException.class,
                () -> sessions.login(new Credentials("nobody", "whatever-password")));
        HygieException wrong = catchThrowableOfType(HygieException.class,
                () -> sessions.login(new Credentials("dr.martin", "wrong-password-1")));
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.type()).isEqualTo(ProblemTypes.UNAUTHORIZED);
        assertThat(unknown.toProblem()).isEqualTo(wrong.toProblem());
        assertThat(unknown.getMessage()).doesNotContain("nobody");
    }

    @Test
    void login_shouldAnswer423WithTheLockEnd() {
        Instant until = Instant.parse("2026-11-25T10:15:00Z");
        nextCheck = new LoginCheck.Locked(until);
        HygieException e = catchThrowableOfType(HygieException.class,
                () -> sessions.login(new Credentials("dr.martin", "whatever-password")));
        assertThat(e.status()).isEqualTo(423);
        assertThat(e.type()).isEqualTo(ProblemTypes.LOCKED);
        assertThat(e.getMessage()).contains("2026-11-25T10:15:00Z");
        assertThat(e.properties()).containsEntry("lockedUntil", "2026-11-25T10:15:00Z");
    }

    @Test
    void locked_shouldRoundTheLockEndUpToTheSecond() {
        HygieException e = Sessions.locked(Instant.parse("2026-11-25T10:15:00.250Z"));
        assertThat(e.properties()).containsEntry("lockedUntil", "2026-11-25T10:15:01Z");
    }

    @Test
    void authenticate_shouldRefuseMalformedTokensWithoutAQuery() {
        // no Transactions is set: reaching the database would throw
        assertThat(sessions.authenticate("not-a-token")).isEmpty();
        assertThat(sessions.authenticate("")).isEmpty();
    }
}
