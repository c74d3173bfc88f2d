package org.blogplatform.accounts.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.blogplatform.accounts.support.ApiTest;
import org.blogplatform.accounts.support.OnH2;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

@OnH2
class OpenApiDocumentTest extends ApiTest {

    private JsonNode document() {
        return api.get("/openapi.json").json();
    }

    private static List<String> statuses(JsonNode document, String path, String method) {
        List<String> statuses = new ArrayList<>();
        document.get("paths")
                .get(path)
                .get(method)
                .get("responses")
                .propertyNames()
                .forEach(statuses::add);
        return statuses;
    }

    @Test
    void everyEndpointIsDescribedWithTheStatusesItCanAnswer() {
        JsonNode document = document();
        Map<String, List<String>> expected = Map.ofEntries(
                Map.entry("post /users/register", List.of("201", "409", "415", "422", "429", "503")),
                Map.entry("post /auth/token", List.of("200", "401", "422", "429")),
                Map.entry("get /users/{id}", List.of("200", "404")),
                Map.entry("get /users", List.of("200", "422")),
                Map.entry("get /users/me", List.of("200", "401")),
                Map.entry("patch /users/me", List.of("200", "401", "422")),
                Map.entry("delete /users/me", List.of("204", "401")),
                Map.entry("put /users/me/password", List.of("204", "401", "403", "422")),
                Map.entry("get /users/me/profile", List.of("200", "304", "401")),
                Map.entry("put /users/me/profile", List.of("200", "401", "412", "422")),
                Map.entry("patch /users/me/profile", List.of("200", "401", "412", "422")));

        expected.forEach((operation, codes) -> {
            String[] parts = operation.split(" ");
            assertThat(statuses(document, parts[1], parts[0])).as(operation).containsAll(codes);
        });
        assertThat(document.get("paths").has("/error")).isFalse();
        assertThat(statuses(document, "/users/register", "post")).doesNotContain("200");
    }

    @Test
    void errorsAreProblemDetailsAndSchemasUseTheWireNames() {
        JsonNode document = document();
        JsonNode notFound = document.at("/paths/~1users~1{id}/get/responses/404/content");

        assertThat(notFound.has("application/problem+json")).isTrue();
        assertThat(document.at("/components/schemas/Problem/properties").has("errors"))
                .isTrue();
        assertThat(document.at("/components/schemas/ProfileResponse/properties").has("avatar_url"))
                .isTrue();
        assertThat(document.at("/components/schemas/TokenResponse/properties").has("access_token"))
                .isTrue();
        assertThat(document.at("/paths/~1users~1me~1profile/patch/requestBody/content")
                        .has("application/merge-patch+json"))
                .isTrue();
        assertThat(document.at("/paths/~1users~1me~1profile/put/responses/200/headers")
                        .has("ETag"))
                .isTrue();
    }

    @Test
    void signInTakesTheSwaggerFormOrJsonAndAuthorizeUsesIt() {
        JsonNode document = document();
        JsonNode body = document.at("/paths/~1auth~1token/post/requestBody/content");

        assertThat(body.has("application/json")).isTrue();
        assertThat(body.at("/application~1x-www-form-urlencoded/schema/properties")
                        .has("username"))
                .isTrue();
        assertThat(document.at("/components/securitySchemes/bearer/flows/password/tokenUrl")
                        .asString())
                .isEqualTo("/auth/token");
        assertThat(document.at("/paths/~1users~1me/get/security/0").has("bearer"))
                .isTrue();
    }

    @Test
    void swaggerUiIsServedAtDocs() throws Exception {
        HttpClient redirecting = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        HttpResponse<String> page = redirecting.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/docs")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).containsIgnoringCase("swagger");
    }
}
