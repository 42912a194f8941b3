package org.hygie.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** A small HTTP client for the REST API, as any client would call it: JSON over HTTP. */
final class Api {
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    static final String DEMO_PASSWORD = "Hygie-demo-1";

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Function<String, URI> uris;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    Api(Function<String, URI> uris) {
        this.uris = uris;
    }

    /** One answer: status, headers, and the body as JSON when it is JSON. */
    record Answer(int status, HttpResponse<String> response, JsonNode json) {
        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        String contentType() {
            return header("Content-Type");
        }

        @Override
        public String toString() {
            return status + " " + response.body();
        }
    }

    Answer get(String path, String token) {
        return send(request(path, token).GET());
    }

    /** GETs with another {@code Accept} (a PDF, say); the body is read as text, for its status and type. */
    Answer get(String path, String token, String accept) {
        return send(request(path, token).setHeader("Accept", accept).GET());
    }

    /** A binary answer (a PDF), and its problem as JSON when refused. */
    record Binary(int status, String contentType, byte[] body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String toString() {
            return status + " " + contentType + (contentType != null && contentType.contains("json")
                    ? " " + new String(body, java.nio.charset.StandardCharsets.UTF_8) : " (" + body.length + " bytes)");
        }
    }

    /** GETs a binary resource, accepting what {@code accept} says. */
    Binary bytes(String path, String token, String accept) {
        HttpRequest.Builder builder = request(path, token).setHeader("Accept", accept).GET();
        try {
            HttpResponse<byte[]> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Binary(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Answer post(String path, String token, Object body) {
        return send(request(path, token).POST(publisher(body)).header("Content-Type", "application/json"));
    }

    Answer put(String path, String token, Object body) {
        return send(request(path, token).PUT(publisher(body)).header("Content-Type", "application/json"));
    }

    /** Sends a raw body with the given content type: for malformed and oversized requests. */
    Answer raw(String method, String path, String token, String contentType, byte[] body) {
        return send(request(path, token).method(method, HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", contentType));
    }

    /** Logs in (once per user and Api) and returns the bearer token. */
    String token(String username) {
        return tokens.computeIfAbsent(username, user -> {
            Answer answer = post("/auth/login", null, Map.of("username", user, "password", DEMO_PASSWORD));
            if (answer.status() != 200) {
                throw new IllegalStateException("Login of " + user + " failed: " + answer);
            }
            return answer.json().get("token").asText();
        });
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uris.apply(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private static HttpRequest.BodyPublisher publisher(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Answer send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            String type = response.headers().firstValue("Content-Type").orElse("");
            JsonNode json = type.contains("json") && !response.body().isEmpty() ? JSON.readTree(response.body()) : null;
            return new Answer(response.statusCode(), response, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
