package org.hygie.users.desktop.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class MessagesTest {
    private static Properties load(String name) throws Exception {
        Properties texts = new Properties();
        try (var in = UsersContribution.class.getResourceAsStream(name)) {
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
        for (var role : org.hygie.core.security.Role.values()) {
            assertThat(fr).containsKey("role." + role);
        }
    }
}
