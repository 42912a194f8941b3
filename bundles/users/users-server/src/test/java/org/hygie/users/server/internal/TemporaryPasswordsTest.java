package org.hygie.users.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

import org.hygie.core.problem.FieldRules;
import org.hygie.core.security.Role;
import org.hygie.users.api.NewUser;
import org.junit.jupiter.api.Test;

class TemporaryPasswordsTest {
    private final TemporaryPasswords generator = new TemporaryPasswords(new SecureRandom());

    @Test
    void generate_shouldFollowTheFormatAndPassThePolicy() {
        String password = generator.generate();
        assertThat(password).matches("[" + TemporaryPasswords.ALPHABET + "]{4}(-[" + TemporaryPasswords.ALPHABET + "]{4}){3}");
        assertThat(FieldRules.check(new NewUser("dr.martin", "Dr Martin", Role.DOCTOR, password))).isEmpty();
    }

    @Test
    void generate_shouldNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            seen.add(generator.generate());
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void alphabet_shouldHoldNoLookAlikes() {
        assertThat(TemporaryPasswords.ALPHABET).doesNotContain("0", "O", "1", "l", "I");
    }
}
