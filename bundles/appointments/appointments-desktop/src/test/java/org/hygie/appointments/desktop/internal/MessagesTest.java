package org.hygie.appointments.desktop.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.hygie.appointments.api.AppointmentStatus;
import org.junit.jupiter.api.Test;

class MessagesTest {
    private static Properties load(String name) throws Exception {
        Properties texts = new Properties();
        try (var in = AppointmentsContribution.class.getResourceAsStream(name)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }

    @Test
    void messages_shouldHaveTheSameKeysInFrenchAndEnglish() throws Exception {
        assertThat(load("messages_en.properties").keySet()).isEqualTo(load("messages.properties").keySet());
    }

    @Test
    void messages_shouldNameEveryStatusAndNoPlainApostrophe() throws Exception {
        for (String file : new String[] { "messages.properties", "messages_en.properties" }) {
            Properties texts = load(file);
            for (AppointmentStatus status : AppointmentStatus.values()) {
                assertThat(texts).as(file).containsKey("status." + status);
            }
            // A plain ' quotes in a MessageFormat: the texts write ’.
            assertThat(texts.values()).as(file).noneMatch(v -> v.toString().contains("'"));
        }
    }
}
