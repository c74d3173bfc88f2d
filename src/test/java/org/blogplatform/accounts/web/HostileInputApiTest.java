package org.blogplatform.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.blogplatform.accounts.support.ApiClient.Account;
import org.blogplatform.accounts.support.ApiClient.Response;
import org.blogplatform.accounts.support.ApiTest;
import org.blogplatform.accounts.support.OnH2;
import org.junit.jupiter.api.Test;

@OnH2
class HostileInputApiTest extends ApiTest {

    @Test
    void bodyDeclaredOver64KibIs413() {
        String bio = "x".repeat(70 * 1024);
        Response response =
                api.send("POST", "/users/register", "application/json", "{\"email\":\"" + bio + "\"}", null);
        assertProblem(response, 413);
    }

    @Test
    void chunkedBodyOver64KibIs413() throws Exception {
        byte[] body = ("{\"bio\":\"" + "y".repeat(70 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        Account account = api.newAccount();
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/users/me/profile"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + account.token())
                .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(api.get("/users/" + account.id())
                        .json()
                        .get("profile")
                        .get("bio")
                        .isNull())
                .isTrue();
    }

    @Test
    void oversizedHeadersAreRefusedWithAProblemNotAnHtmlPage() {
        Response response = api.send("GET", "/users/1", null, null, null, Map.of("X-Padding", "p".repeat(10_000)));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("<html", "Tomcat");
        assertThat(response.json().get("status").asInt()).isEqualTo(400);
    }

    @Test
    void undecodableFormParametersAre400() {
        assertProblem(api.send("POST", "/auth/token", "application/x-www-form-urlencoded", "%", null), 400);
        assertProblem(
                api.send("POST", "/auth/token", "application/x-www-form-urlencoded", "username=%zz&password=x", null),
                400);
    }

    @Test
    void passwordsThatAreNotUnicodeTextAreRefusedNotAFailure() {
        assertProblem(
                api.send(
                        "POST",
                        "/auth/token",
                        "application/json",
                        "{\"email\":\"a@example.com\",\"password\":\"x\\uda7fy\"}",
                        null),
                401);
        assertProblem(
                api.send(
                        "POST",
                        "/users/register",
                        "application/json",
                        "{\"email\":\"lone@example.com\",\"name\":\"L\",\"password\":\"long enough \\ud800\"}",
                        null),
                422);
    }

    @Test
    void deeplyNestedJsonIs400() {
        String nested = "[".repeat(5000) + "]".repeat(5000);
        assertProblem(api.send("POST", "/users/register", "application/json", nested, null), 400);
    }

    @Test
    void duplicateKeysAre400() {
        Account account = api.newAccount();
        Response response = api.send(
                "PUT", "/users/me/profile", "application/json", "{\"bio\":\"one\",\"bio\":\"two\"}", account.token());
        assertProblem(response, 400);
    }

    @Test
    void hugeNumbersAndWrongTypesAre4xx() {
        Account account = api.newAccount();
        for (String body : new String[] {
            "{\"bio\":" + "9".repeat(5000) + "}",
            "{\"bio\":{\"nested\":true}}",
            "{\"bio\":[1,2]}",
            "[{\"bio\":\"x\"}]",
            "\"just a string\"",
            "null"
        }) {
            Response response = api.send("PUT", "/users/me/profile", "application/json", body, account.token());
            assertThat(response.status()).as(body).isBetween(400, 499);
        }
    }

    @Test
    void invalidUtf8Is400() throws Exception {
        Account account = api.newAccount();
        byte[] body = {'{', '"', 'b', 'i', 'o', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/users/me/profile"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + account.token())
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void everyResponseSaysNosniffAndCarriesARequestId() {
        Response ok = api.get("/users?limit=1");
        Response problem = api.get("/users/999999999");

        for (Response response : new Response[] {ok, problem}) {
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.header("X-Request-Id")).isNotBlank();
        }
        assertThat(problem.json().get("request_id").asString()).isEqualTo(problem.header("X-Request-Id"));
    }

    @Test
    void theCallersRequestIdIsKeptWhenSaneAndReplacedWhenNot() {
        Response kept = api.send("GET", "/users/999999999", null, null, null, Map.of("X-Request-Id", "abc-123"));
        Response replaced =
                api.send("GET", "/users/999999999", null, null, null, Map.of("X-Request-Id", "bad id\twith tab"));

        assertThat(kept.header("X-Request-Id")).isEqualTo("abc-123");
        assertThat(kept.json().get("request_id").asString()).isEqualTo("abc-123");
        assertThat(replaced.header("X-Request-Id"))
                .isNotEqualTo("bad id\twith tab")
                .matches("[0-9a-f-]{36}");
    }
}
