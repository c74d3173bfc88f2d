package org.blogplatform.accounts.docs;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Map;
import java.util.TreeMap;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.Ordered;

/**
 * What annotations on the controllers would repeat everywhere: every error an operation can answer (as RFC
 * 9457 problem details) and the headers that come with them. Runs after {@link DocumentedOperations}.
 */
class DocumentedResponses implements OpenApiCustomizer, Ordered {

    static final String BEARER = "bearer";
    private static final String PROBLEM = "Problem";
    static final String DELETED_MEANWHILE = "The account was deleted by a concurrent request";
    private static final Map<Integer, String> ANY_OPERATION = Map.of(
            400, "Malformed JSON body, parameter or URL",
            503, "The database is unavailable; see Retry-After");

    private static final Map<Integer, String> WITH_BODY = Map.of(
            413, "The body is larger than 64 KiB",
            415, "Unsupported Content-Type",
            422, "Invalid, unknown or wrongly typed fields, each named in errors");

    private static final Map<Integer, String> WITH_BEARER =
            Map.of(401, "The bearer token is missing, invalid, expired or revoked; see WWW-Authenticate");

    @Override
    public void customise(OpenAPI openApi) {
        openApi.getComponents().addSchemas(PROBLEM, problemSchema());
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> addErrors(method + " " + path, operation)));
    }

    private static void addErrors(String name, Operation operation) {
        Map<Integer, String> errors = new TreeMap<>(ANY_OPERATION);
        if (operation.getRequestBody() != null) {
            errors.putAll(WITH_BODY);
        }
        if (operation.getSecurity() != null
                && operation.getSecurity().stream().anyMatch(requirement -> requirement.containsKey(BEARER))) {
            errors.putAll(WITH_BEARER);
        }
        errors.putAll(AccountResponses.BY_OPERATION.getOrDefault(name, Map.of()));
        errors.putAll(RecoveryResponses.BY_OPERATION.getOrDefault(name, Map.of()));

        Map<String, ApiResponse> responses = new TreeMap<>(operation.getResponses());
        errors.forEach((status, meaning) -> responses.put(status.toString(), problem(status, meaning)));
        ApiResponses sorted = new ApiResponses();
        sorted.putAll(responses);
        operation.setResponses(sorted);
    }

    private static ApiResponse problem(int status, String meaning) {
        ApiResponse response = new ApiResponse()
                .description(meaning)
                .content(new Content()
                        .addMediaType(
                                "application/problem+json",
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
        if (status == 401) {
            response.addHeaderObject("WWW-Authenticate", header(new StringSchema().example("Bearer")));
        }
        if (status == 429 || status == 503) {
            response.addHeaderObject(
                    "Retry-After", header(new IntegerSchema().description("seconds to wait before retrying")));
        }
        return response;
    }

    @Override
    public int getOrder() {
        return DocumentedOperations.ORDER + 1;
    }

    static Header header(Schema<?> schema) {
        return new Header().schema(schema);
    }

    private static Schema<?> problemSchema() {
        Schema<?> fieldError = new ObjectSchema()
                .addProperty("field", new StringSchema().description("the request field, as named in JSON"))
                .addProperty("message", new StringSchema());
        return new ObjectSchema()
                .description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().format("uri-reference").example("about:blank"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty("request_id", new StringSchema().description("also in the X-Request-Id header"))
                .addProperty("errors", new ArraySchema().items(fieldError).description("only with 422"))
                .addProperty(
                        "error",
                        new StringSchema()
                                .description("OAuth 2.0 error code (RFC 6749 §5.2), only with the token endpoint's 400")
                                .example("invalid_grant"));
    }
}
