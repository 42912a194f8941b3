package org.hygie.platform.database.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

class DatabaseComponentTest {
    @Test
    void pgDataSource_shouldRejectANonPostgresUrlSayingWhatToFix() {
        assertThatThrownBy(() -> DatabaseComponent.pgDataSource("jdbc:mysql://db/hygie", "hygie", "secret"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:mysql://db/hygie")
                .hasMessageContaining("HYGIE_DB_URL");
    }

    @Test
    void retryDelay_shouldDoubleFromFiveSecondsUpToAMinute() {
        assertThat(DatabaseComponent.retryDelay(1)).hasSeconds(5);
        assertThat(DatabaseComponent.retryDelay(2)).hasSeconds(10);
        assertThat(DatabaseComponent.retryDelay(4)).hasSeconds(40);
        assertThat(DatabaseComponent.retryDelay(5)).hasSeconds(60);
        assertThat(DatabaseComponent.retryDelay(50)).hasSeconds(60);
    }

    @Test
    void redact_shouldMaskAPasswordGivenInTheUrl() {
        assertThat(DatabaseComponent.redact("jdbc:postgresql://db:5432/hygie?user=hygie&password=s3cret&ssl=true"))
                .isEqualTo("jdbc:postgresql://db:5432/hygie?user=hygie&password=***&ssl=true");
        assertThat(DatabaseComponent.redact("jdbc:postgresql://db/hygie?PASSWORD=x")).isEqualTo("jdbc:postgresql://db/hygie?PASSWORD=***");
        assertThat(DatabaseComponent.redact("jdbc:postgresql://db/hygie")).isEqualTo("jdbc:postgresql://db/hygie");
    }

    @Test
    void checkReachable_shouldFailAtOnceOnAnUnreachableDatabase() {
        // Port 1 on loopback: nothing listens there, the connection is refused immediately.
        String url = "jdbc:postgresql://127.0.0.1:1/hygie?connectTimeout=2";

        assertThatThrownBy(() -> DatabaseComponent.checkReachable(DatabaseComponent.pgDataSource(url, "hygie", "secret"), url))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("127.0.0.1:1");
    }
}
