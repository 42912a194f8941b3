package org.hygie.users.server.internal;

import java.security.SecureRandom;

/**
 * Generates temporary passwords that an administrator reads out or copies: four groups of four
 * characters from an alphabet without look-alikes (no 0/O, 1/l/I), about 90 bits of entropy.
 */
final class TemporaryPasswords {
    static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final SecureRandom random;

    TemporaryPasswords(SecureRandom random) {
        this.random = random;
    }

    /** @return a new password such as {@code hT7q-Wm3x-9zKa-Pe4c}, 19 characters. */
    String generate() {
        StringBuilder sb = new StringBuilder(19);
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                sb.append('-');
            }
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
