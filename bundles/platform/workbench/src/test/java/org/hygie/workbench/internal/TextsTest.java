package org.hygie.workbench.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.hygie.workbench.Texts;
import org.hygie.workbench.TextsContract;
import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void load_shouldSpeakFrenchForFrenchEvenOnAnEnglishMachine() {
        Locale machine = Locale.getDefault();
        Locale.setDefault(Locale.US);
        try {
            assertThat(Texts.load(Workbench.class, "messages", Locale.FRENCH).get("login.submit")).isEqualTo("&Se connecter");
            assertThat(Texts.load(Workbench.class, "messages", Locale.ENGLISH).get("login.submit")).isEqualTo("&Log in");
        } finally {
            Locale.setDefault(machine);
        }
    }

    @Test
    void get_shouldFormatArgumentsAndShowMissingKeys() {
        Texts texts = Texts.load(Workbench.class, "messages", Locale.FRENCH);
        assertThat(texts.get("main.title", "Dr Hélène Martin")).isEqualTo("Hygie — Dr Hélène Martin");
        assertThat(texts.get("no.such.key")).isEqualTo("!no.such.key!");
    }

    @Test
    void messages_shouldBeCompleteInFrenchAndEnglish() {
        TextsContract.assertComplete(Workbench.class);
    }
}
