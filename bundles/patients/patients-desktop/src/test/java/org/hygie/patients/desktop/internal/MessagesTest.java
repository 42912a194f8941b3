package org.hygie.patients.desktop.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class MessagesTest {
    private static Properties load(String name) throws Exception {
        Properties texts = new Properties();
        try (var in = PatientsContribution.class.getResourceAsStream(name)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }

    @Test
    void messages_shouldHaveTheSameKeysInFrenchAndEnglish() throws Exception {
        assertThat(load("messages_en.properties").keySet()).isEqualTo(load("messages.properties").keySet());
    }

    @Test
    void messages_shouldNameEveryRoleOrSexAndSeverityTheApiKnows() throws Exception {
        Properties fr = load("messages.properties");
        for (var sex : org.hygie.patients.api.Sex.values()) {
            assertThat(fr).containsKey("sex." + sex);
        }
        for (var severity : org.hygie.patients.api.AllergySeverity.values()) {
            assertThat(fr).containsKey("severity." + severity);
        }
        for (var status : org.hygie.patients.api.AllergyStatus.values()) {
            assertThat(fr).containsKey("status." + status);
        }
    }
}
