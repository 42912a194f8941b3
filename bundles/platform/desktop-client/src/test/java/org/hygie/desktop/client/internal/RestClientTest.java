package org.hygie.desktop.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.hygie.core.problem.HygieException;
import org.hygie.core.security.Role;
import org.hygie.core.session.SessionApi;
import org.hygie.desktop.client.ClientProblems;
import org.hygie.desktop.client.ConnectionState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** The client against a JDK HTTP server playing the Hygie server's part, through the real Jersey stack. */
class RestClientTest {
    private HttpServer http;
    private RestClient client;
    private final Map<String, String> answers = new ConcurrentHashMap<>();
    private final List<String> authorizations = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/api/", this::answer);
        http.start();
        client = new RestClient(URI.create("http://127.0.0.1:" + http.getAddress().getPort()), Locale.FRENCH);
    }

    @AfterEach
    void stop() {
        client.deactivate();
        http.stop(0);
    }

    /** answers maps "METHOD path" to "status|content type|body". */
    private void answer(HttpExchange exchange) throws IOException {
        synchronized (authorizations) {
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
        }
        String[] answer = answers.getOrDefault(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath(),
                "404|application/problem+json|{\"type\":\"urn:hygie:problem:not-found\",\"status\":404}").split("\\|", 3);
        byte[] body = answer[2].getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", answer[1]);
        exchange.sendResponseHeaders(Integer.parseInt(answer[0]), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    private void loginAnswers() {
        answers.put("POST /api/auth/login", "200|application/json|{\"token\":\"t0k3n\",\"expiresAt\":\"2030-01-01T10:00:00Z\","
                + "\"user\":{\"id\":\"6f1c4a9e-3c1b-4d57-9b43-3b7f6a1f0c11\",\"username\":\"dr.martin\","
                + "\"displayName\":\"Dr Martin\",\"role\":\"DOCTOR\",\"mustChangePassword\":false}}");
    }

    @Test
    void login_shouldKeepTheSessionAndSendItsTokenOnLaterCalls() {
        loginAnswers();
        answers.put("GET /api/auth/me", "200|application/json|{\"id\":\"6f1c4a9e-3c1b-4d57-9b43-3b7f6a1f0c11\","
                + "\"username\":\"dr.martin\",\"displayName\":\"Dr Martin\",\"role\":\"DOCTOR\",\"mustChangePassword\":false}");
        client.login("dr.martin", "secret-secret");
        assertThat(client.user()).get().extracting(u -> u.role()).isEqualTo(Role.DOCTOR);
        assertThat(client.api(SessionApi.class).me().displayName()).isEqualTo("Dr Martin");
        assertThat(authorizations).containsExactly("null", "Bearer t0k3n");
        assertThat(client.state()).isEqualTo(ConnectionState.CONNECTED);
    }

    @Test
    void login_shouldRaiseTheServersProblemWithItsExtraMembers() {
        answers.put("POST /api/auth/login", "423|application/problem+json|{\"type\":\"urn:hygie:problem:account-locked\","
                + "\"title\":\"Locked\",\"status\":423,\"detail\":\"Locked\",\"lockedUntil\":\"2030-01-01T10:15:00Z\"}");
        assertThatThrownBy(() -> client.login("dr.martin", "wrong"))
                .isInstanceOfSatisfying(HygieException.class, e -> {
                    assertThat(e.status()).isEqualTo(423);
                    assertThat(e.properties()).containsEntry("lockedUntil", "2030-01-01T10:15:00Z");
                });
        assertThat(client.user()).isEmpty();
    }

    @Test
    void api_shouldReportAnExpiredSessionOnA401OfAnAuthenticatedCall() {
        loginAnswers();
        answers.put("GET /api/auth/me", "401|application/problem+json|{\"type\":\"urn:hygie:problem:unauthorized\",\"status\":401}");
        List<ConnectionState> seen = new ArrayList<>();
        client.addListener(seen::add);
        client.login("dr.martin", "secret-secret");
        assertThatThrownBy(() -> client.api(SessionApi.class).me()).isInstanceOfSatisfying(HygieException.class,
                e -> assertThat(e.status()).isEqualTo(401));
        assertThat(seen).containsExactly(ConnectionState.CONNECTED, ConnectionState.SESSION_EXPIRED);
        assertThat(client.user()).as("kept, so the login can be offered again to the same user").isPresent();
    }

    @Test
    void api_shouldTurnFieldErrorsIntoTheExceptionsErrors() {
        answers.put("POST /api/auth/login", "422|application/problem+json|{\"type\":\"urn:hygie:problem:validation\","
                + "\"status\":422,\"detail\":\"1 field\",\"errors\":[{\"field\":\"username\",\"code\":\"required\",\"message\":\"m\"}]}");
        // valid for the local check, so that the server's answer is what is read
        assertThatThrownBy(() -> client.login("dr.martin", "x")).isInstanceOfSatisfying(HygieException.class,
                e -> assertThat(e.errors()).singleElement().satisfies(f -> {
                    assertThat(f.field()).isEqualTo("username");
                    assertThat(f.code()).isEqualTo("required");
                }));
        assertThat(authorizations).hasSize(1);
    }

    @Test
    void api_shouldRefuseAnInputBreakingItsFieldRulesBeforeSendingIt() {
        loginAnswers();
        assertThatThrownBy(() -> client.login(" ", "")).isInstanceOfSatisfying(HygieException.class, e -> {
            assertThat(e.status()).isEqualTo(422);
            assertThat(e.type()).isEqualTo("urn:hygie:problem:validation");
            assertThat(e.errors()).extracting(f -> f.field() + ":" + f.code())
                    .containsExactly("password:required", "username:required");
        });
        assertThat(authorizations).as("nothing sent").isEmpty();
        assertThat(client.state()).isEqualTo(ConnectionState.LOGGED_OUT);
    }

    @Test
    void api_shouldSayUnreachableWhenNoServerAnswers() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        client.setServer(URI.create("http://127.0.0.1:" + closedPort));
        assertThatThrownBy(() -> client.login("dr.martin", "x")).isInstanceOfSatisfying(HygieException.class, e -> {
            assertThat(e.status()).isZero();
            assertThat(e.type()).isEqualTo(ClientProblems.UNREACHABLE);
        });
    }

    @Test
    void api_shouldSayUnexpectedForAnErrorThatIsNoProblem() {
        answers.put("POST /api/auth/login", "502|text/html|<html>Bad gateway</html>");
        assertThatThrownBy(() -> client.login("a", "b")).isInstanceOfSatisfying(HygieException.class, e -> {
            assertThat(e.status()).isEqualTo(502);
            assertThat(e.type()).isEqualTo(ClientProblems.UNEXPECTED);
        });
    }
}
