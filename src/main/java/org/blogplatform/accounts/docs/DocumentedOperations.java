package org.blogplatform.accounts.docs;

import static org.blogplatform.accounts.docs.DocumentedResponses.BEARER;
import static org.blogplatform.accounts.docs.DocumentedResponses.header;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.Ordered;

/**
 * What the generator cannot see in the controllers: the error controller is not an operation, registration
 * answers 201, sign-in takes two request forms, and profile reads and writes carry ETags.
 */
class DocumentedOperations implements OpenApiCustomizer, Ordered {

    static final int ORDER = 0;

    @Override
    public void customise(OpenAPI openApi) {
        openApi.getPaths().keySet().removeIf(path -> path.equals("/error") || path.startsWith("/error/"));
        openApi.getComponents().getSchemas().remove("PasswordForm");

        PathItem profile = openApi.getPaths().get("/users/me/profile");
        describeRegistration(openApi.getPaths().get("/users/register").getPost());
        describeSignIn(openApi.getPaths().get("/auth/token").getPost());
        describeProfileVersions(profile.getGet(), profile.getPut(), profile.getPatch());
        // The owner sees their email here, so Swagger UI should send the token when it has one.
        openApi.getPaths()
                .get("/users/{id}")
                .getGet()
                .security(List.of(new SecurityRequirement(), new SecurityRequirement().addList(BEARER)));
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    private static void describeRegistration(Operation register) {
        ApiResponse created = register.getResponses().remove("200");
        register.getResponses()
                .addApiResponse(
                        "201",
                        created.description("Registered, with an empty profile")
                                .addHeaderObject("Location", header(new StringSchema().example("/users/42"))));
    }

    /** Springdoc merges the two handler methods of one path into one operation with the form as query parameters. */
    private static void describeSignIn(Operation signIn) {
        Schema<?> form = new ObjectSchema()
                .addProperty("username", new StringSchema().format("email"))
                .addProperty("password", new StringSchema().format("password"))
                .addProperty("grant_type", new StringSchema()._default("password"))
                .required(List.of("username", "password"));
        signIn.operationId("signIn")
                .summary("Sign in with the OAuth2 password form (username = email), as Swagger UI's Authorize "
                        + "does, or with a JSON body")
                .parameters(null)
                .requestBody(new RequestBody()
                        .required(true)
                        .content(new Content()
                                .addMediaType("application/x-www-form-urlencoded", new MediaType().schema(form))
                                .addMediaType(
                                        "application/json",
                                        new MediaType()
                                                .schema(new Schema<>().$ref("#/components/schemas/TokenRequest")))));
    }

    private static void describeProfileVersions(Operation get, Operation... writes) {
        Header etag = header(new StringSchema().example("\"3\""));
        get.addParametersItem(new HeaderParameter()
                        .name("If-None-Match")
                        .description("an ETag read before")
                        .schema(new StringSchema()))
                .getResponses()
                .addApiResponse(
                        "304",
                        new ApiResponse()
                                .description("Not modified since that ETag")
                                .addHeaderObject("ETag", etag));
        get.getResponses().get("200").addHeaderObject("ETag", etag);
        for (Operation write : writes) {
            write.getResponses().get("200").addHeaderObject("ETag", etag);
        }
    }
}
