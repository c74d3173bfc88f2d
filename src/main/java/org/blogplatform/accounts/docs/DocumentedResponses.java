package org.blogplatform.accounts.docs;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * What annotations on the controllers would repeat everywhere: every error an operation can answer (as RFC
 * 9457 problem details), the headers that come with them, and the two request forms of sign-in.
 */
class DocumentedResponses implements OpenApiCustomizer {

    private static final String PROBLEM = "Problem";

    private static final Map<String, List<Integer>> ERRORS = Map.ofEntries(
            Map.entry("POST /users/register", List.of(400, 409, 415, 422, 429, 503)),
            Map.entry("POST /auth/token", List.of(400, 401, 415, 422, 429, 503)),
            Map.entry("GET /users/{id}", List.of(400, 404, 503)),
            Map.entry("GET /users", List.of(400, 422, 503)),
            Map.entry("GET /users/me", List.of(401, 503)),
            Map.entry("PATCH /users/me", List.of(400, 401, 415, 422, 503)),
            Map.entry("DELETE /users/me", List.of(401, 503)),
            Map.entry("PUT /users/me/password", List.of(400, 401, 403, 415, 422, 503)),
            Map.entry("GET /users/me/profile", List.of(401, 503)),
            Map.entry("PUT /users/me/profile", List.of(400, 401, 412, 415, 422, 503)),
            Map.entry("PATCH /users/me/profile", List.of(400, 401, 412, 415, 422, 503)));

    private static final Map<Integer, String> MEANING = Map.ofEntries(
            Map.entry(400, "The body is not JSON of the expected shape, or a parameter is malformed"),
            Map.entry(401, "No valid bearer token (or, for sign-in, a wrong email or password)"),
            Map.entry(403, "The current password is not correct"),
            Map.entry(404, "User not found"),
            Map.entry(409, "The email is already registered"),
            Map.entry(412, "If-Match does not match the current ETag; nothing changed"),
            Map.entry(415, "Unsupported content type"),
            Map.entry(422, "Invalid fields, each named in errors"),
            Map.entry(429, "Too many attempts; see Retry-After"),
            Map.entry(503, "The database is unavailable; see Retry-After"));

    @Override
    public void customise(OpenAPI openApi) {
        openApi.getPaths().keySet().removeIf(path -> path.startsWith("/error"));
        openApi.getComponents().addSchemas(PROBLEM, problemSchema());
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            ApiResponses responses = operation.getResponses();
            ERRORS.getOrDefault(method + " " + path, List.of())
                    .forEach(status -> responses.addApiResponse(Integer.toString(status), problem(status)));
        }));
        describeRegistration(openApi.getPaths().get("/users/register").getPost());
        describeSignIn(openApi.getPaths().get("/auth/token").getPost());
        openApi.getComponents().getSchemas().remove("PasswordForm");
        describeProfileEtags(openApi.getPaths().get("/users/me/profile"));
    }

    private static ApiResponse problem(int status) {
        ApiResponse response = new ApiResponse()
                .description(MEANING.get(status))
                .content(new Content()
                        .addMediaType(
                                "application/problem+json",
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
        if (status == 401) {
            response.addHeaderObject("WWW-Authenticate", header("Bearer"));
        }
        if (status == 429 || status == 503) {
            response.addHeaderObject("Retry-After", header("Seconds to wait before retrying"));
        }
        return response;
    }

    private static Header header(String description) {
        return new Header().description(description).schema(new StringSchema());
    }

    private static Schema<?> problemSchema() {
        Schema<?> fieldError = new ObjectSchema()
                .addProperty("field", new StringSchema().description("the request field, as named in JSON"))
                .addProperty("message", new StringSchema());
        return new ObjectSchema()
                .description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().example("about:blank"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("request_id", new StringSchema().description("also in the X-Request-Id header"))
                .addProperty("errors", new ArraySchema().items(fieldError).description("only for 422"));
    }

    private static void describeRegistration(Operation register) {
        ApiResponse ok = register.getResponses().remove("200");
        register.getResponses()
                .addApiResponse(
                        "201",
                        ok.description("Registered, with an empty profile")
                                .addHeaderObject("Location", header("/users/{id}")));
    }

    /** Springdoc cannot merge the two handler methods of one path: the form appears as query parameters. */
    private static void describeSignIn(Operation signIn) {
        signIn.setParameters(null);
        Schema<?> form = new ObjectSchema()
                .addProperty("username", new StringSchema().description("the email"))
                .addProperty("password", new StringSchema().format("password"))
                .addProperty("grant_type", new StringSchema()._default("password"))
                .required(List.of("username", "password"));
        signIn.setRequestBody(new RequestBody()
                .required(true)
                .content(new Content()
                        .addMediaType(
                                "application/json",
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/TokenRequest")))
                        .addMediaType("application/x-www-form-urlencoded", new MediaType().schema(form))));
    }

    private static void describeProfileEtags(PathItem profile) {
        for (Operation operation : List.of(profile.getGet(), profile.getPut(), profile.getPatch())) {
            operation.getResponses().get("200").addHeaderObject("ETag", header("The profile's version"));
        }
        profile.getGet()
                .addParametersItem(new io.swagger.v3.oas.models.parameters.HeaderParameter()
                        .name("If-None-Match")
                        .schema(new StringSchema()))
                .getResponses()
                .addApiResponse("304", new ApiResponse().description("Not modified since that ETag"));
    }
}
