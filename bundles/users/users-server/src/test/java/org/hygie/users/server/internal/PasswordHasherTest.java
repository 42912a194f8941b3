package org.hygie.users.server.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    // the lowest allowed cost keeps the test fast
    private final PasswordHasher hasher = new PasswordHasher(10, new SecureRandom());

    @Test
    void hash_shouldBeSaltedBcryptWithTheConfiguredCost() {
        String a = hasher.hash("Hygie-demo-1");
        String b = hasher.hash("Hygie-demo-1");
        assertThat(a).startsWith("$2a$10$").doesNotContain("Hygie-demo-1").isNotEqualTo(b);
    }

    @Test
    void matches_shouldAcceptOnlyThePassword() {
        String hash = hasher.hash("correct horse battery");
        assertThat(hasher.matches("correct horse battery", hash)).isTrue();
        assertThat(hasher.matches("correct horse batterY", hash)).isFalse();
        assertThat(hasher.matches("", hash)).isFalse();
        assertThat(hasher.matches(null, hash)).isFalse();
        assertThat(hasher.matches("correct horse battery", null)).isFalse();
    }

    @Test
    void matches_shouldHandleTheLongestAllowedPasswords() {
        // 128 characters of 3 UTF-8 bytes each: far beyond BCrypt's 72 bytes
        String longest = "€".repeat(128);
        assertThat(longest.getBytes(StandardCharsets.UTF_8)).hasSizeGreaterThan(72);
        String hash = hasher.hash(longest);
        assertThat(hasher.matches(longest, hash)).isTrue();
    }

    @Test
    void matches_shouldTellApartLongPasswordsWithTheSame72FirstBytes() {
        // plain BCrypt would ignore everything after byte 72
        String prefix = "x".repeat(72);
        String hash = hasher.hash(prefix + "first");
        assertThat(hasher.matches(prefix + "second", hash)).isFalse();
        assertThat(hasher.matches(prefix, hash)).isFalse();
    }

    @Test
    void matchesNobody_shouldBeFalse() {
        assertThat(hasher.matchesNobody("anything at all")).isFalse();
    }

    @Test
    void needsUpgrade_shouldSpotHashesOfALowerCost() {
        PasswordHasher stronger = new PasswordHasher(11, new SecureRandom());
        assertThat(stronger.needsUpgrade(hasher.hash("correct horse battery"))).isTrue();
        assertThat(hasher.needsUpgrade(hasher.hash("correct horse battery"))).isFalse();
    }

    @Test
    void constructor_shouldRefuseACostBelowTen() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PasswordHasher(9, new SecureRandom()))
                .withMessageContaining("bcryptCost");
        assertThatIllegalArgumentException().isThrownBy(() -> new PasswordHasher(32, new SecureRandom()));
    }

    @Test
    void prepare_shouldKeepShortPasswordsAndReduceLongOnes() {
        assertThat(PasswordHasher.prepare("x".repeat(72))).isEqualTo("x".repeat(72));
        String reduced = PasswordHasher.prepare("x".repeat(73));
        assertThat(reduced).startsWith("sha256:");
        assertThat(reduced.getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(72);
    }
}
