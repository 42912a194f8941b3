package org.hygie.auth.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TokensTest {
    private final Tokens tokens = new Tokens(new SecureRandom());

    @Test
    void generate_shouldEncode32RandomBytesAsBase64Url() {
        String token = tokens.generate();
        assertThat(token).hasSize(Tokens.LENGTH).matches("[A-Za-z0-9_-]+");
        assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
        assertThat(Tokens.isWellFormed(token)).isTrue();
    }

    @Test
    void generate_shouldNeverRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            seen.add(tokens.generate());
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void generate_shouldUseEveryBit() {
        // over many tokens every one of the 256 bits must take both values: a constant or
        // truncated source would leave some fixed
        int[] ones = new int[256];
        int n = 2000;
        for (int i = 0; i < n; i++) {
            byte[] bytes = Base64.getUrlDecoder().decode(tokens.generate());
            for (int bit = 0; bit < 256; bit++) {
                ones[bit] += (bytes[bit / 8] >> (bit % 8)) & 1;
            }
        }
        for (int bit = 0; bit < 256; bit++) {
            assertThat(ones[bit]).as("bit %d", bit).isBetween(n / 2 - 200, n / 2 + 200);
        }
    }

    @Test
    void hash_shouldBeSha256HexAndNotTheToken() {
        String token = tokens.generate();
        String hash = Tokens.hash(token);
        assertThat(hash).hasSize(64).matches("[0-9a-f]+").isNotEqualTo(token).doesNotContain(token);
        assertThat(Tokens.hash(token)).isEqualTo(hash);
        assertThat(Tokens.hash(tokens.generate())).isNotEqualTo(hash);
    }

    @Test
    void hash_shouldMatchAKnownVector() {
        // SHA-256("abc"), FIPS 180-2
        assertThat(Tokens.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void isWellFormed_shouldRefuseAnythingElse() {
        assertThat(Tokens.isWellFormed(null)).isFalse();
        assertThat(Tokens.isWellFormed("")).isFalse();
        assertThat(Tokens.isWellFormed("a".repeat(42))).isFalse();
        assertThat(Tokens.isWellFormed("a".repeat(44))).isFalse();
        assertThat(Tokens.isWellFormed("a".repeat(42) + "=")).isFalse();
        assertThat(Tokens.isWellFormed("a".repeat(42) + "+")).isFalse();
    }

    @Test
    void fromAuthorization_shouldTakeTheBearerToken() {
        assertThat(Tokens.fromAuthorization("Bearer abc")).isEqualTo("abc");
        assertThat(Tokens.fromAuthorization("bearer  abc ")).isEqualTo("abc");
        assertThat(Tokens.fromAuthorization("Basic YWxhZGRpbjpvcGVuc2VzYW1l")).isNull();
        assertThat(Tokens.fromAuthorization("Bearer")).isNull();
        assertThat(Tokens.fromAuthorization(null)).isNull();
    }
}
