package org.hygie.patients.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameNormalizerTest {
    @Test
    void normalize_shouldStripAccentsAndLowerCase() {
        assertThat(NameNormalizer.normalize("Hélène")).isEqualTo("helene");
        assertThat(NameNormalizer.normalize("ZOÉ")).isEqualTo("zoe");
        assertThat(NameNormalizer.normalize("Maëlle Gaëlle Anaïs Noël")).isEqualTo("maelle gaelle anais noel");
        assertThat(NameNormalizer.normalize("Ségolène Bénédicte François Lefèvre"))
                .isEqualTo("segolene benedicte francois lefevre");
    }

    @Test
    void normalize_shouldTurnHyphensApostrophesAndRunsOfSpacesIntoOneSpace() {
        assertThat(NameNormalizer.normalize("  Jean-Pierre ")).isEqualTo("jean pierre");
        assertThat(NameNormalizer.normalize("D'Aubigné")).isEqualTo("d aubigne");
        assertThat(NameNormalizer.normalize("d’Arc")).isEqualTo("d arc");
        assertThat(NameNormalizer.normalize("Le   Goff--Saint.Éxupéry")).isEqualTo("le goff saint exupery");
    }

    @Test
    void normalize_shouldSpellOutLigaturesAndStrokedLetters() {
        assertThat(NameNormalizer.normalize("Lœtitia Cœur")).isEqualTo("loetitia coeur");
        assertThat(NameNormalizer.normalize("Æsa Strauß Søren Łukasz")).isEqualTo("aesa strauss soren lukasz");
    }

    @Test
    void normalize_shouldKeepOnlyLettersDigitsAndSpaces_soThatTheResultIsSafeInLikePatterns() {
        assertThat(NameNormalizer.normalize("50%_off\\x")).isEqualTo("50 off x");
    }

    @Test
    void normalize_shouldGiveEmptyForNullOrBlankOrPunctuationOnly() {
        assertThat(NameNormalizer.normalize(null)).isEmpty();
        assertThat(NameNormalizer.normalize("   ")).isEmpty();
        assertThat(NameNormalizer.normalize("-- '")).isEmpty();
    }

    @Test
    void normalize_shouldMakeComposedAndDecomposedFormsEqual() {
        String composed = "H\u00e9l\u00e8ne";
        String decomposed = "He\u0301le\u0300ne";
        assertThat(NameNormalizer.normalize(decomposed)).isEqualTo(NameNormalizer.normalize(composed));
    }
}
