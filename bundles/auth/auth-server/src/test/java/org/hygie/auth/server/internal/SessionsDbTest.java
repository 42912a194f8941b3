package org.hygie.auth.server.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.hygie.platform.persistence.DatabaseClock;
import org.hygie.core.session.Credentials;
import org.hygie.core.session.LoginResult;
import org.hygie.core.problem.FieldRules;
import org.hygie.core.problem.HygieException;
import org.hygie.core.security.AuthenticatedUser;
import org.hygie.core.security.Role;
import org.hygie.platform.testsupport.TestClock;
import org.hygie.platform.testsupport.TestDatabase;
import org.hygie.users.server.internal.UsersOnDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Sessions on a real PostgreSQL with the real accounts of the users area: what a user of the
 * desktop relies on from login to logout, with a test clock for the idle (30 minutes) and absolute
 * (12 hours) ends of a session.
 */
class SessionsDbTest {
    private static final String PASSWORD = UsersOnDatabase.PASSWORD;
    private static final String CLIENT = "192.0.2.1";

    @RegisterExtension
    static final TestDatabase DB = TestDatabase.of("users", "auth");

    private static final TestClock CLOCK = TestClock.atNow();
    private static UsersOnDatabase users;
    private static Sessions sessions;

    @BeforeAll
    static void start() {
        users = new UsersOnDatabase(DB.transactions("users"), CLOCK);
        sessions = new Sessions();
        sessions.tx = DB.transactions("auth");
        sessions.accounts = users.accounts();
        sessions.clock = DatabaseClock.of(CLOCK);
        sessions.configure(TestConfigs.defaults());
        users.listen(sessions);
    }

    private static AuthenticatedUser user() {
        return users.create("s." + UUID.randomUUID().toString().substring(0, 8), Role.SECRETARY);
    }

    private static LoginResult login(AuthenticatedUser user) {
        return sessions.login(new Credentials(user.username(), PASSWORD), CLIENT);
    }

    private static int status(Runnable call) {
        return catchThrowableOfType(call::run, HygieException.class).status();
    }

    @Test
    void login_shouldGiveATokenThatAuthenticatesAsTheUserAndIsNotStoredInClear() {
        AuthenticatedUser user = user();
        Instant now = CLOCK.instant();

        LoginResult result = login(user);

        assertThat(result.user().username()).isEqualTo(user.username());
        assertThat(result.expiresAt()).isBetween(now.plus(Duration.ofMinutes(29)), now.plus(Duration.ofMinutes(30)));
        assertThat(sessions.authenticate(result.token())).hasValueSatisfying(u -> {
            assertThat(u.userId()).isEqualTo(user.userId());
            assertThat(u.role()).isEqualTo(Role.SECRETARY);
        });
        // a copy of the table gives nobody a usable token
        assertThat(DB.queryLong("SELECT count(*) FROM auth_session WHERE user_id = '" + user.userId() + "'")).isEqualTo(1);
        assertThat(DB.queryLong("SELECT count(*) FROM auth_session WHERE token_hash = '" + result.token() + "'")).isZero();
        assertThat(sessions.authenticate(result.token() + "x")).isEmpty();
        assertThat(sessions.authenticate("not a token")).isEmpty();
    }

    @Test
    void login_shouldAnswerTheSame401ForAnUnknownUserAWrongPasswordAndADeactivatedAccount() {
        AuthenticatedUser deactivated = user();
        users.deactivate(deactivated.userId());
        AuthenticatedUser active = user();

        assertThat(status(() -> sessions.login(new Credentials("nobody.here", PASSWORD), CLIENT))).isEqualTo(401);
        assertThat(status(() -> sessions.login(new Credentials(active.username(), "wrong-password"), CLIENT))).isEqualTo(401);
        assertThat(status(() -> login(deactivated))).isEqualTo(401);
        // A missing password is a field rule of the input, which the REST layer checks (422) before the
        // service runs; the service itself lets nobody in without one.
        assertThat(FieldRules.check(new Credentials(active.username(), null)))
                .extracting(e -> e.field() + ":" + e.code()).containsExactly("password:required");
        assertThat(status(() -> sessions.login(new Credentials(active.username(), null), CLIENT))).isEqualTo(401);
    }

    @Test
    void login_shouldAnswerALockedAccountExactlyLikeAWrongPassword() {
        AuthenticatedUser user = user();
        HygieException wrong = null;
        for (int i = 0; i < 5; i++) {
            // from five computers, so that no throttle (per name and address) gets in the way
            String from = "198.51.100." + i;
            wrong = catchThrowableOfType(() -> sessions.login(new Credentials(user.username(), "wrong-password"), from),
                    HygieException.class);
            assertThat(wrong.status()).isEqualTo(401);
        }

        HygieException locked = catchThrowableOfType(() -> login(user), HygieException.class);

        assertThat(locked.toProblem()).isEqualTo(wrong.toProblem());
        HygieException unknown = catchThrowableOfType(
                () -> sessions.login(new Credentials("nobody." + user.username(), PASSWORD), CLIENT), HygieException.class);
        assertThat(unknown.toProblem()).isEqualTo(locked.toProblem());
    }

    @Test
    void passwordChanged_shouldEndEveryOtherSessionOfTheUserAndKeepTheOneThatChangedIt() {
        AuthenticatedUser user = user();
        LoginResult desk = login(user);
        LoginResult forgotten = login(user);
        LoginResult stolen = login(user);
        AuthenticatedUser other = user();
        LoginResult untouched = login(other);

        users.accounts().changePassword(user.userId(), PASSWORD, "Cerisier-en-fleur-7");
        sessions.passwordChanged(user.userId(), desk.token());

        assertThat(sessions.authenticate(desk.token())).isPresent();
        assertThat(sessions.authenticate(forgotten.token())).isEmpty();
        assertThat(sessions.authenticate(stolen.token())).isEmpty();
        assertThat(sessions.authenticate(untouched.token())).isPresent();
        assertThat(DB.queryLong("SELECT count(*) FROM auth_session WHERE user_id = '" + user.userId() + "'")).isEqualTo(1);
    }

    @Test
    void authenticate_shouldKeepASessionInUseAndEndItAfter30IdleMinutes() {
        LoginResult result = login(user());

        CLOCK.advance(Duration.ofMinutes(29));
        assertThat(sessions.authenticate(result.token())).isPresent();
        CLOCK.advance(Duration.ofMinutes(29)); // 58 minutes after login, but used 29 minutes ago
        assertThat(sessions.authenticate(result.token())).isPresent();
        CLOCK.advance(Duration.ofMinutes(30));

        assertThat(sessions.authenticate(result.token())).isEmpty();
        CLOCK.advance(Duration.ofMinutes(-30)); // the ended session is gone, not merely judged expired
        assertThat(sessions.authenticate(result.token())).isEmpty();
    }

    @Test
    void authenticate_shouldEndASessionTwelveHoursAfterLoginWhateverItsUse() {
        LoginResult result = login(user());

        for (int minutes = 20; minutes < 12 * 60; minutes += 20) {
            CLOCK.advance(Duration.ofMinutes(20));
            assertThat(sessions.authenticate(result.token())).as("%d minutes after login", minutes).isPresent();
        }
        CLOCK.advance(Duration.ofMinutes(20));

        assertThat(sessions.authenticate(result.token())).isEmpty();
    }

    @Test
    void logout_shouldRevokeThisTokenOnly() {
        AuthenticatedUser user = user();
        LoginResult desk = login(user);
        LoginResult laptop = login(user);

        sessions.logout(desk.token());

        assertThat(sessions.authenticate(desk.token())).isEmpty();
        assertThat(sessions.authenticate(laptop.token())).isPresent();
        sessions.logout(desk.token()); // twice is harmless
        sessions.logout("garbage");
    }

    @Test
    void deactivationAndPasswordReset_shouldEndEverySessionOfTheAccount() {
        AuthenticatedUser deactivated = user();
        LoginResult first = login(deactivated);
        LoginResult second = login(deactivated);
        AuthenticatedUser other = user();
        LoginResult untouched = login(other);

        AuthenticatedUser reset = user();
        LoginResult beforeReset = login(reset);

        users.deactivate(deactivated.userId());
        users.resetPassword(reset.userId());

        assertThat(sessions.authenticate(first.token())).isEmpty();
        assertThat(sessions.authenticate(second.token())).isEmpty();
        assertThat(sessions.authenticate(beforeReset.token())).isEmpty();
        assertThat(sessions.authenticate(untouched.token())).isPresent();
        assertThat(DB.queryLong("SELECT count(*) FROM auth_session WHERE user_id IN ('" + deactivated.userId() + "', '"
                + reset.userId() + "')")).as("no session row left").isZero();
    }
}
