package org.hygie.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

/**
 * What the texts of every desktop bundle must hold, checked by each bundle's own tests (this class
 * comes from the workbench's test jar): the same keys in French and English, every text written,
 * no plain apostrophe (a {@link Texts} pattern is a {@link java.text.MessageFormat}, where {@code '}
 * quotes: the texts write ’), and a text for every value of an enum the bundle shows.
 */
public final class TextsContract {
    private static final List<String> FILES = List.of("messages.properties", "messages_en.properties");

    private TextsContract() {
    }

    /** @return the texts of {@code file} next to {@code anchor} */
    public static Properties load(Class<?> anchor, String file) {
        Properties texts = new Properties();
        try (InputStream in = anchor.getResourceAsStream(file)) {
            assertThat(in).as(file + " next to " + anchor.getName()).isNotNull();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }

    /** Asserts that the French and English texts next to {@code anchor} have the same keys, all written. */
    public static void assertComplete(Class<?> anchor) {
        Properties french = load(anchor, FILES.get(0));
        Properties english = load(anchor, FILES.get(1));
        assertThat(english.keySet()).as("English keys against French ones").isEqualTo(french.keySet());
        for (Properties texts : List.of(french, english)) {
            assertThat(texts.values()).as("texts").noneMatch(text -> text.toString().isBlank())
                    .noneMatch(text -> text.toString().contains("'"));
        }
    }

    /** Asserts that both languages have a text {@code prefix + value} for every value of an enum. */
    public static void assertNamesEvery(Class<?> anchor, String prefix, Enum<?>... values) {
        for (String file : FILES) {
            Properties texts = load(anchor, file);
            for (Enum<?> value : values) {
                assertThat(texts).as(file).containsKey(prefix + value.name());
            }
        }
    }
}
