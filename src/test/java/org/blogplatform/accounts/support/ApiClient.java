package org.blogplatform.accounts.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real HTTP against the running service, with the few conveniences the tests need. */
public final class ApiClient {

    public static final String TEST_SECRET = "test-secret-0123456789abcdef0123456789abcdef";
    public static final String PASSWORD = "correct horse battery";
    public static final String MERGE_PATCH = "application/merge-patch+json";
    private static final String PROFILE = "/users/me/profile";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public ApiClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public Response get(String path, String token) {
        return send("GET", path, null, null, token, Map.of());
    }

    public Response get(String path) {
        return get(path, null);
    }

    public Response postJson(String path, Object body) {
        return send("POST", path, "application/json", json(body), null, Map.of());
    }

    public Response send(String method, String path, String contentType, String body, String token) {
        return send(method, path, contentType, body, token, Map.of());
    }

    public Response send(
            String method, String path, String contentType, String body, String token, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Registers a new user with a unique email and signs them in. */
    public Account newAccount() {
        String email = "user-" + UUID.randomUUID() + "@example.com";
        Response registered = postJson("/users/register", Map.of("email", email, "name", "Ada", "password", PASSWORD));
        if (registered.status() != 201) {
            throw new IllegalStateException("registration failed: " + registered);
        }
        long id = registered.json().get("id").asLong();
        return new Account(id, email, PASSWORD, token(email, PASSWORD));
    }

    public String token(String email, String password) {
        Response response = postJson("/auth/token", Map.of("email", email, "password", password));
        if (response.status() != 200) {
            throw new IllegalStateException("sign-in failed: " + response);
        }
        return response.json().get("access_token").asString();
    }

    /** PUT /users/me/password with the token of the account whose password changes. */
    public Response changePassword(String token, String currentPassword, String newPassword) {
        String body = json(Map.of("current_password", currentPassword, "new_password", newPassword));
        return send("PUT", "/users/me/password", "application/json", body, token);
    }

    /** PUT /users/me/profile as the account; with {@code If-Match} when an ETag is given. */
    public Response putProfile(Account account, String body, String ifMatch) {
        return send("PUT", PROFILE, "application/json", body, account.token(), ifMatch(ifMatch));
    }

    public Response putProfile(Account account, String body) {
        return putProfile(account, body, null);
    }

    /** PATCH /users/me/profile as the account, as {@code application/merge-patch+json} unless told otherwise. */
    public Response patchProfile(Account account, String contentType, String body, Map<String, String> headers) {
        return send("PATCH", PROFILE, contentType, body, account.token(), headers);
    }

    public Response patchProfile(Account account, String body, String ifMatch) {
        return patchProfile(account, MERGE_PATCH, body, ifMatch(ifMatch));
    }

    public Response patchProfile(Account account, String body) {
        return patchProfile(account, body, null);
    }

    /** The profile as anyone reads it, inside {@code GET /users/{id}}. */
    public JsonNode publicProfile(Account account) {
        Response response = get("/users/" + account.id());
        if (response.status() != 200) {
            throw new IllegalStateException("public read failed: " + response);
        }
        return response.json().get("profile");
    }

    private static Map<String, String> ifMatch(String etag) {
        return etag == null ? Map.of() : Map.of("If-Match", etag);
    }

    public static String json(Object value) {
        return value instanceof String text ? text : JSON.writeValueAsString(value);
    }

    public record Account(long id, String email, String password, String token) {}

    public record Response(int status, Map<String, java.util.List<String>> headers, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
