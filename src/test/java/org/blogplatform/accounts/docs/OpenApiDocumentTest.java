package org.blogplatform.accounts.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.blogplatform.accounts.support.OnOwnH2;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@OnOwnH2
class OpenApiDocumentTest {

    private static final Map<String, List<String>> STATUSES = Map.ofEntries(
            Map.entry("post /users/register", List.of("201", "400", "409", "413", "415", "422", "429", "503")),
            Map.entry("post /auth/token", List.of("200", "400", "401", "413", "415", "422", "429", "503")),
            Map.entry("get /users/{id}", List.of("200", "400", "401", "404", "422", "503")),
            Map.entry("get /users", List.of("200", "400", "422", "503")),
            Map.entry("get /users/me", List.of("200", "400", "401", "404", "503")),
            Map.entry("patch /users/me", List.of("200", "400", "401", "404", "413", "415", "422", "503")),
            Map.entry("delete /users/me", List.of("204", "400", "401", "404", "503")),
            Map.entry(
                    "put /users/me/password",
                    List.of("204", "400", "401", "403", "404", "409", "413", "415", "422", "429", "503")),
            Map.entry("get /users/me/profile", List.of("200", "304", "400", "401", "404", "503")),
            Map.entry("get /users/me/sessions", List.of("200", "400", "401", "503")),
            Map.entry("delete /users/me/sessions", List.of("204", "400", "401", "503")),
            Map.entry("delete /users/me/sessions/{id}", List.of("204", "400", "401", "404", "503")),
            Map.entry("post /auth/logout", List.of("204", "400", "401", "503")),
            Map.entry(
                    "put /users/me/profile",
                    List.of("200", "400", "401", "404", "409", "412", "413", "415", "422", "503")),
            Map.entry(
                    "patch /users/me/profile",
                    List.of("200", "400", "401", "404", "409", "412", "413", "415", "422", "503")),
            Map.entry("post /auth/password-reset", List.of("202", "400", "413", "415", "422", "429", "503")),
            Map.entry("post /auth/password-reset/confirm", List.of("204", "400", "413", "415", "422", "429", "503")),
            Map.entry("post /auth/verify-email", List.of("204", "400", "409", "413", "415", "422", "429", "503")),
            Map.entry("post /users/me/email-verification", List.of("202", "400", "401", "404", "409", "429", "503")),
            Map.entry(
                    "put /users/me/email",
                    List.of("202", "400", "401", "403", "404", "409", "413", "415", "422", "429", "503")));

    @LocalServerPort
    private int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private JsonNode document;

    @BeforeEach
    void fetchDocument() throws Exception {
        HttpResponse<String> response = get("/openapi.json");
        assertThat(response.statusCode()).isEqualTo(200);
        document = JsonMapper.builder().build().readTree(response.body());
    }

    @Test
    void everyOperationListsExactlyTheStatusesItCanAnswer() {
        List<String> documented = new ArrayList<>();
        document.get("paths").properties().forEach(path -> path.getValue()
                .propertyNames()
                .forEach(method -> documented.add(method + " " + path.getKey())));
        assertThat(documented).containsExactlyInAnyOrderElementsOf(STATUSES.keySet());

        STATUSES.forEach((operation, statuses) -> assertThat(
                        operation(operation).get("responses").propertyNames())
                .as(operation)
                .containsExactlyInAnyOrderElementsOf(statuses));
    }

    @Test
    void theErrorControllerIsNotDocumented() {
        assertThat(document.get("paths").propertyNames()).noneMatch(path -> path.startsWith("/error"));
    }

    @Test
    void everyErrorIsAProblemDocumentWithItsHeaders() {
        STATUSES.forEach((operation, statuses) -> {
            JsonNode responses = operation(operation).get("responses");
            for (String status : statuses) {
                if (Integer.parseInt(status) < 400) {
                    continue;
                }
                JsonNode response = responses.get(status);
                assertThat(response.at("/content/application~1problem+json/schema/$ref")
                                .asString())
                        .as(operation + " " + status)
                        .isEqualTo("#/components/schemas/Problem");
                assertThat(response.at("/description").asString()).isNotBlank();
                if (status.equals("401")) {
                    assertThat(response.at("/headers").has("WWW-Authenticate"))
                            .as(operation)
                            .isTrue();
                }
                if (status.equals("429") || status.equals("503")) {
                    assertThat(response.at("/headers").has("Retry-After"))
                            .as(operation)
                            .isTrue();
                }
            }
        });
        assertThat(document.at("/components/schemas/Problem/properties").propertyNames())
                .contains("type", "title", "status", "detail", "instance", "errors");
        assertThat(document.at("/components/schemas/Problem/properties/errors/items/properties")
                        .propertyNames())
                .containsExactlyInAnyOrder("field", "message");
    }

    @Test
    void registrationAnswers201WithTheNewUsersLocation() {
        JsonNode created = operation("post /users/register").at("/responses/201");

        assertThat(created.at("/headers").has("Location")).isTrue();
        assertThat(created.at("/content/application~1json/schema/$ref").asString())
                .isEqualTo("#/components/schemas/UserResponse");
    }

    @Test
    void profileResponsesCarryAnEtagAndReadsTakeIfNoneMatch() {
        for (String operation : List.of("get /users/me/profile", "put /users/me/profile", "patch /users/me/profile")) {
            assertThat(operation(operation).at("/responses/200/headers").has("ETag"))
                    .as(operation)
                    .isTrue();
        }
        JsonNode read = operation("get /users/me/profile");
        assertThat(read.at("/responses/304/headers").has("ETag")).isTrue();
        assertThat(read.get("parameters").findValuesAsString("name")).contains("If-None-Match");
        assertThat(operation("put /users/me/profile").get("parameters").findValuesAsString("name"))
                .contains("If-Match");
    }

    @Test
    void schemasNamePropertiesInSnakeCaseAsTheApiSendsThem() {
        JsonNode schemas = document.at("/components/schemas");

        assertThat(schemas.at("/ProfileResponse/properties").propertyNames())
                .contains("avatar_url", "website_url", "updated_at");
        assertThat(schemas.at("/ProfileFields/properties").propertyNames()).contains("avatar_url", "website_url");
        assertThat(schemas.at("/UserResponse/properties").propertyNames()).contains("id", "name", "email", "profile");
        assertThat(schemas.at("/PasswordChange/properties").propertyNames())
                .containsExactlyInAnyOrder("current_password", "new_password");
        assertThat(schemas.at("/DirectoryPage/properties").propertyNames()).contains("next_cursor");
        assertThat(schemas.at("/TokenResponse/properties").propertyNames())
                .contains("access_token", "token_type", "expires_in");
        assertThat(schemas.at("/UserResponse/type").asString()).isEqualTo("object");
    }

    @Test
    void recoveryRequestsComeWithExamples() {
        JsonNode schemas = document.at("/components/schemas");

        assertThat(schemas.at("/ResetRequest/properties/email/example").asString())
                .isEqualTo("ada@example.com");
        assertThat(schemas.at("/ResetConfirmation/properties/token/example").asString())
                .hasSize(43);
        assertThat(schemas.at("/ResetConfirmation/properties/new_password/example")
                        .isMissingNode())
                .isFalse();
        assertThat(schemas.at("/Verification/properties/token/example").asString())
                .hasSize(43);
        assertThat(schemas.at("/EmailChangeRequest/properties").propertyNames())
                .containsExactlyInAnyOrder("new_email", "current_password");
        assertThat(schemas.at("/EmailChangeRequest/properties/new_email/example")
                        .isMissingNode())
                .isFalse();
    }

    @Test
    void theTokenEndpointTakesThePasswordAndRefreshGrantsAsFormOrJsonAndAnswersTokens() {
        JsonNode signIn = operation("post /auth/token");
        JsonNode form = signIn.at("/requestBody/content/application~1x-www-form-urlencoded/schema/oneOf/0");
        JsonNode refreshForm = signIn.at("/requestBody/content/application~1x-www-form-urlencoded/schema/oneOf/1");

        assertThat(form.get("properties").propertyNames()).contains("username", "password");
        assertThat(form.get("required").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("username", "password");
        assertThat(refreshForm.get("required").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("grant_type", "refresh_token");
        assertThat(signIn.at("/requestBody/content/application~1json/schema/oneOf/0/$ref")
                        .asString())
                .isEqualTo("#/components/schemas/TokenRequest");
        assertThat(signIn.at("/requestBody/content/application~1json/schema/oneOf/1/$ref")
                        .asString())
                .isEqualTo("#/components/schemas/RefreshRequest");
        assertThat(document.at("/components/schemas/TokenRequest/properties").propertyNames())
                .containsExactlyInAnyOrder("email", "password");
        assertThat(document.at("/components/schemas/RefreshRequest/properties").propertyNames())
                .containsExactlyInAnyOrder("grant_type", "refresh_token");
        assertThat(document.at("/components/schemas/TokenResponse/properties").propertyNames())
                .contains("refresh_token", "refresh_expires_in");
        assertThat(document.at("/components/securitySchemes/bearer/flows/password/refreshUrl")
                        .asString())
                .isEqualTo("/auth/token");
        assertThat(signIn.has("parameters")).isFalse();
        assertThat(signIn.at("/responses/200/content/application~1json/schema/$ref")
                        .asString())
                .isEqualTo("#/components/schemas/TokenResponse");
    }

    @Test
    void authorizeSignsInAtAuthTokenAndBearerOperationsUseIt() {
        assertThat(document.at("/components/securitySchemes/bearer/type").asString())
                .isEqualTo("oauth2");
        assertThat(document.at("/components/securitySchemes/bearer/flows/password/tokenUrl")
                        .asString())
                .isEqualTo("/auth/token");
        STATUSES.keySet().stream()
                .filter(operation -> operation.contains("/users/me"))
                .forEach(operation -> assertThat(
                                operation(operation).at("/security/0").has("bearer"))
                        .as(operation)
                        .isTrue());
        assertThat(operation("get /users/{id}").get("security").findValues("bearer"))
                .as("a token is optional: it shows the owner their email")
                .hasSize(1);
        assertThat(operation("post /users/register").has("security")).isFalse();
    }

    @Test
    void docsRedirectsToSwaggerUiWhichLoadsThisDocument() throws Exception {
        HttpResponse<String> docs = get("/docs");
        assertThat(docs.statusCode()).isEqualTo(302);
        String location = docs.headers().firstValue("Location").orElseThrow();

        HttpResponse<String> page = get(URI.create(location).getPath());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Swagger UI", "swagger-ui-bundle.js");
        String assets = URI.create(location).resolve("swagger-ui-bundle.js").getPath();
        assertThat(get(assets).statusCode()).as(assets).isEqualTo(200);
        assertThat(get("/openapi.json/swagger-config").body()).contains("\"url\":\"/openapi.json\"");
    }

    private JsonNode operation(String methodAndPath) {
        String[] parts = methodAndPath.split(" ");
        return document.get("paths").get(parts[1]).get(parts[0]);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
