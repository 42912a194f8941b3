package org.hygie.terminology.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {
    @Test
    void key_shouldDropAccentsCaseAndPunctuation() {
        assertThat(Text.key("Acide acétylsalicylique")).isEqualTo("acide acetylsalicylique");
        assertThat(Text.key("  KÉTOPROFÈNE  (gel) 2,5 % ")).isEqualTo("ketoprofene gel 2 5");
        assertThat(Text.key("Cœur")).isEqualTo("coeur");
        assertThat(Text.key(null)).isEmpty();
    }

    @Test
    void substanceCode_shouldJoinTheWordsOfTheDci() {
        assertThat(Text.substanceCode("acide clavulanique")).isEqualTo("inn:acide-clavulanique");
        assertThat(Text.substanceCode("paracétamol")).isEqualTo("inn:paracetamol");
    }

    @Test
    void reading_shouldKeepOnlyWhatTheAllergyIsTo() {
        assertThat(Text.reading("Allergie sévère aux Pénicillines (œdème de Quincke, 2012)")).isEqualTo("penicilline");
        assertThat(Text.reading("intolérance à l'ibuprofène")).isEqualTo("ibuprofene");
        assertThat(Text.reading("AINS")).isEqualTo(Text.reading("ains"));
    }
}
