package org.hygie.workbench.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hygie.core.problem.FieldError;
import org.hygie.core.problem.HygieException;
import org.hygie.core.problem.ProblemTypes;
import org.hygie.desktop.client.ClientProblems;
import org.hygie.workbench.Texts;
import org.junit.jupiter.api.Test;

class FailuresTest {
    private static final URI SERVER = URI.create("http://hygie.example:8080");
    private static final Texts FR = Texts.load(Workbench.class, "messages", Locale.FRENCH);
    private static final Texts EN = Texts.load(Workbench.class, "messages", Locale.ENGLISH);

    private static HygieException problem(int status, String type, Map<String, Object> properties) {
        return new HygieException(status, type, "title", "detail", null, properties);
    }

    @Test
    void describeLogin_shouldSayWrongCredentialsWithoutSayingWhichOne() {
        assertThat(Failures.describeLogin(FR, problem(401, ProblemTypes.UNAUTHORIZED, null), SERVER, ZoneId.of("UTC")))
                .isEqualTo("Identifiant ou mot de passe incorrect, ou compte verrouillé un moment après trop d’essais.");
        assertThat(Failures.describeLogin(EN, problem(401, ProblemTypes.UNAUTHORIZED, null), SERVER, ZoneId.of("UTC")))
                .isEqualTo("Wrong username or password, or an account locked for a while after too many attempts.");
    }

    @Test
    void describeLogin_shouldSayHowLongToWaitAfterTooManyTries() {
        HygieException throttled = problem(429, ProblemTypes.TOO_MANY_REQUESTS, Map.of(HygieException.RETRY_AFTER, 8));
        assertThat(Failures.describeLogin(FR, throttled, SERVER, ZoneId.of("UTC")))
                .isEqualTo("Trop d’essais manqués depuis ce poste : attendez 8 s avant de réessayer.");
        assertThat(Failures.describeLogin(EN, throttled, SERVER, ZoneId.of("UTC")))
                .isEqualTo("Too many failed attempts from this computer: wait 8 s before trying again.");
        assertThat(Failures.describeLogin(EN, problem(429, ProblemTypes.TOO_MANY_REQUESTS, null), SERVER, ZoneId.of("UTC")))
                .contains("wait a moment");
    }

    @Test
    void describePassword_shouldSayWhyInTheUsersLanguage() {
        List<FieldError> errors = List.of(new FieldError("newPassword", "trivial_password", "the password is made of..."));
        assertThat(Failures.describePassword(FR, errors)).contains("répétitions ou de suites");
        assertThat(Failures.describePassword(EN, errors)).contains("repetitions or sequences");
        assertThat(Failures.describePassword(EN, List.of(new FieldError("newPassword", "reused_password", "x"),
                new FieldError("newPassword", "unknown_code", "the server's words")))).contains("recently")
                .contains("the server's words");
    }

    @Test
    void describeLogin_shouldSayUntilWhenTheAccountIsLockedInLocalTime() {
        HygieException locked = problem(423, ProblemTypes.LOCKED, Map.of("lockedUntil", "2026-11-25T09:45:00Z"));
        assertThat(Failures.describeLogin(FR, locked, SERVER, ZoneId.of("Europe/Paris")))
                .startsWith("Compte verrouillé jusqu’à 10:45 ");
        assertThat(Failures.describeLogin(FR, problem(423, ProblemTypes.LOCKED, null), SERVER, ZoneId.of("UTC")))
                .startsWith("Compte verrouillé après trop d’essais.");
    }

    @Test
    void describe_shouldNameTheUnreachableServer() {
        HygieException unreachable = problem(0, ClientProblems.UNREACHABLE, null);
        assertThat(Failures.describe(FR, unreachable, SERVER)).contains("http://hygie.example:8080").contains("ne répond pas");
        assertThat(Failures.describeLogin(EN, unreachable, SERVER, ZoneId.of("UTC"))).contains("does not answer");
    }

    @Test
    void describe_shouldTellAPasswordChangeFromAnyOtherRefusal() {
        assertThat(Failures.describe(FR, problem(403, ProblemTypes.PASSWORD_CHANGE_REQUIRED, null), SERVER))
                .contains("changer votre mot de passe");
        assertThat(Failures.describe(FR, problem(403, ProblemTypes.FORBIDDEN, null), SERVER))
                .isEqualTo("Votre rôle ne permet pas cette action.");
        HygieException invalid = HygieException.validation(List.of(new FieldError("lastName", "required", "is required")));
        assertThat(Failures.describe(EN, invalid, SERVER)).startsWith("Some fields are invalid");
    }

    @Test
    void describe_shouldSayABusyDatabaseMeansTryAgainInAMoment() {
        assertThat(Failures.describe(FR, problem(503, ProblemTypes.UNAVAILABLE, null), SERVER))
                .contains("base de données").contains("réessayez dans un moment");
        assertThat(Failures.describe(EN, problem(503, ProblemTypes.UNAVAILABLE, null), SERVER))
                .contains("try again in a moment");
    }
}
