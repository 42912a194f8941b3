package org.hygie.auth.server.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

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
    private static final String CLIENT = "192.0.2.1";
    private static final String OTHER_CLIENT = "192.0.2.2";
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
            public Optional<org.hygie.users.api.accounts.Prescriber> prescriber(UUID userId) {
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
                () -> sessions.login(new Credentials("nobody", "whatever-password"), CLIENT));
        HygieException wrong = catchThrowableOfType(HygieException.class,
                () -> sessions.login(new Credentials("dr.martin", "wrong-password-1"), CLIENT));
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.type()).isEqualTo(ProblemTypes.UNAUTHORIZED);
        assertThat(unknown.toProblem()).isEqualTo(wrong.toProblem());
        assertThat(unknown.getMessage()).doesNotContain("nobody");
    }

    @Test
    void login_shouldAnswerALockedAccountLikeAWrongPassword() {
        nextCheck = new LoginCheck.Rejected();
        HygieException wrong = catchThrowableOfType(HygieException.class,
                () -> sessions.login(new Credentials("dr.martin", "wrong-password-1"), CLIENT));
        nextCheck = new LoginCheck.Locked(Instant.parse("2026-11-25T10:15:00Z"));
        HygieException locked = catchThrowableOfType(HygieException.class,
                () -> sessions.login(new Credentials("dr.martin", "the-right-password"), OTHER_CLIENT));
        assertThat(locked.toProblem()).isEqualTo(wrong.toProblem());
    }

    @Test
    void login_shouldMakeOneNameFromOneAddressWaitAfterFiveFailuresWithoutCheckingIt() {
        nextCheck = new LoginCheck.Rejected();
        for (int i = 0; i < 5; i++) {
            String guess = "guess-" + i;
            assertThat(status(() -> sessions.login(new Credentials("admin", guess), CLIENT))).isEqualTo(401);
        }

        HygieException throttled = catchThrowableOfType(HygieException.class,
                () -> sessions.login(new Credentials("admin", "guess-6"), CLIENT));

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.type()).isEqualTo(ProblemTypes.TOO_MANY_REQUESTS);
        assertThat(throttled.properties()).containsEntry(HygieException.RETRY_AFTER, 1L);
        assertThat(verifications).hasValue(5);
        // the owner, at another computer, is not slowed down by someone else's guesses
        assertThat(status(() -> sessions.login(new Credentials("admin", "typo"), OTHER_CLIENT))).isEqualTo(401);
        // the same name in another case is the same name
        assertThat(status(() -> sessions.login(new Credentials(" ADMIN", "guess-7"), CLIENT))).isEqualTo(429);
    }

    @Test
    void login_shouldSlowDownAPasswordSprayFromOneAddress() {
        nextCheck = new LoginCheck.Rejected();
        for (int i = 0; i < 10; i++) {
            String name = "user" + i;
            assertThat(status(() -> sessions.login(new Credentials(name, "Spring2026!"), CLIENT))).isEqualTo(401);
        }

        assertThat(status(() -> sessions.login(new Credentials("user10", "Spring2026!"), CLIENT))).isEqualTo(429);
        assertThat(status(() -> sessions.login(new Credentials("user10", "Spring2026!"), OTHER_CLIENT))).isEqualTo(401);
    }

    @Test
    void printable_shouldKeepALogLineOnOneLine() {
        assertThat(Sessions.printable("dr.martin")).isEqualTo("dr.martin");
        assertThat(Sessions.printable("x\nFAKE LINE\r'\u00e9")).isEqualTo("x?FAKE LINE???");
        assertThat(Sessions.printable("a".repeat(100))).isEqualTo("a".repeat(64) + "...");
    }

    private int status(Runnable call) {
        return catchThrowableOfType(HygieException.class, call::run).status();
    }

    @Test
    void authenticate_shouldRefuseMalformedTokensWithoutAQuery() {
        // no Transactions is set: reaching the database would throw
        assertThat(sessions.authenticate("not-a-token")).isEmpty();
        assertThat(sessions.authenticate("")).isEmpty();
    }
}
