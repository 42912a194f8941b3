package org.hygie.platform.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {
    @Test
    void isInvalid_shouldFindNulAndUnpairedSurrogatesOnly() {
        assertThat(Text.isInvalid("Hélène\tDupont\n😀")).isFalse();
        assertThat(Text.isInvalid("")).isFalse();
        assertThat(Text.isInvalid("a\u0000")).isTrue();
        assertThat(Text.isInvalid("\uD83D")).as("a high surrogate at the end").isTrue();
        assertThat(Text.isInvalid("\uD83Da")).as("a high surrogate before a letter").isTrue();
        assertThat(Text.isInvalid("a\uDE00")).as("a lone low surrogate").isTrue();
        assertThat(Text.isInvalid("\uDE00\uD83D")).as("a pair in the wrong order").isTrue();
    }
}
