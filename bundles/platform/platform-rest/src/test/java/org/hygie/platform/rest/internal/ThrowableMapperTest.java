package org.hygie.platform.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;

import org.hygie.core.problem.ProblemTypes;
import org.hygie.core.problem.SqlFailures;
import org.junit.jupiter.api.Test;

import jakarta.ws.rs.core.Response;

class ThrowableMapperTest {
    private final ProblemMappers.ThrowableMapper mapper = new ProblemMappers.ThrowableMapper();

    @SuppressWarnings("unchecked")
    private static Map<String, Object> body(Response response) {
        return (Map<String, Object>) response.getEntity();
    }

    @Test
    void aPoolWithNoFreeConnection_shouldBeA503ToTryAgainNotAnIncident() {
        // As Hibernate wraps Hikari's time-out.
        RuntimeException failure = new RuntimeException("Unable to acquire JDBC Connection",
                new SQLTransientConnectionException("hygie-main - Connection is not available, request timed out"));
        Response response = mapper.toResponse(failure);
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("5");
        assertThat(body(response)).containsEntry("type", ProblemTypes.UNAVAILABLE);
        assertThat((String) body(response).get("detail")).contains("try again").doesNotContain("Hikari")
                .doesNotContain("Connection is not available");
    }

    @Test
    void aLostConnectionOrALastingDeadlock_shouldBeA503() {
        assertThat(mapper.toResponse(new RuntimeException(new SQLException("I/O error", SqlFailures.CONNECTION_FAILURE))).getStatus())
                .isEqualTo(503);
        assertThat(mapper.toResponse(new RuntimeException(new SQLException("deadlock detected", SqlFailures.DEADLOCK))).getStatus())
                .isEqualTo(503);
    }

    @Test
    void anyOtherFailure_shouldStayA500WithAnIncidentAndNoTrace() {
        Response response = mapper.toResponse(new RuntimeException(new SQLException("syntax error", "42601")));
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat((String) body(response).get("detail")).startsWith("The server could not complete the request")
                .doesNotContain("syntax error");
        assertThat(mapper.toResponse(new IllegalStateException("bug")).getStatus()).isEqualTo(500);
    }

    @Test
    void aValueTheDatabaseRefuses_shouldBeA422SayingNothingOfTheDatabase() {
        Response response = mapper.toResponse(new RuntimeException(new SQLException(
                "ERROR: invalid byte sequence for encoding \"UTF8\": 0x00", "22021")));
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat((String) body(response).get("detail")).doesNotContain("UTF8").doesNotContain("0x00");
    }

    @Test
    void anIncident_shouldBeNamedByTheRequestIdWhenThereIsOne() {
        RequestIds.setCurrent("0b0e7b8e-5c4e-4d38-a2c7-0d7e7b8e5c4e");
        try {
            Response response = mapper.toResponse(new IllegalStateException("bug"));
            assertThat((String) body(response).get("detail")).contains("0b0e7b8e-5c4e-4d38-a2c7-0d7e7b8e5c4e");
        } finally {
            RequestIds.setCurrent(null);
        }
    }
}
