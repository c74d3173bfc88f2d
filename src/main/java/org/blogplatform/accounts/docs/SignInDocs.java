package org.blogplatform.accounts.docs;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import java.util.List;

/** The token endpoint's request: two grants, each as a form and as JSON. */
final class SignInDocs {

    private SignInDocs() {}

    /**
     * Springdoc merges the handler methods of one path into one operation with the form as query parameters. Both
     * grants are described in both forms: the password grant, and the refresh grant of RFC 6749 §6.
     */
    static void describe(OpenAPI openApi, Operation signIn) {
        Schema<?> passwordForm = new ObjectSchema()
                .title("password grant")
                .addProperty("username", new StringSchema().format("email"))
                .addProperty("password", new StringSchema().format("password"))
                .addProperty("grant_type", new StringSchema()._default("password"))
                .required(List.of("username", "password"));
        Schema<?> refreshForm = new ObjectSchema()
                .title("refresh grant")
                .addProperty("grant_type", new StringSchema()._enum(List.of("refresh_token")))
                .addProperty("refresh_token", new StringSchema())
                .required(List.of("grant_type", "refresh_token"));
        // the generator renders the grant_type-typed JSON body as an empty allOf; both shapes are stated instead
        Schema<?> passwordJson = new ObjectSchema()
                .title("password grant")
                .addProperty("email", new StringSchema().format("email").maxLength(320))
                .addProperty("password", new StringSchema().format("password").maxLength(512))
                .required(List.of("email", "password"));
        openApi.getComponents().getSchemas().remove("TokenGrant");
        openApi.getComponents().addSchemas("TokenRequest", passwordJson);
        openApi.getComponents().addSchemas("RefreshRequest", refreshForm);
        signIn.operationId("signIn")
                .summary("Sign in with a password, as the OAuth2 password form (username = email) that Swagger UI's"
                        + " Authorize sends or as JSON; or refresh: the refresh token is rotated, and presenting a"
                        + " spent one again revokes its whole session")
                .parameters(null)
                .requestBody(
                        new RequestBody()
                                .required(true)
                                .content(
                                        new Content()
                                                .addMediaType(
                                                        "application/x-www-form-urlencoded",
                                                        new MediaType()
                                                                .schema(new Schema<>()
                                                                        .oneOf(List.of(passwordForm, refreshForm))))
                                                .addMediaType(
                                                        "application/json",
                                                        new MediaType()
                                                                .schema(
                                                                        new Schema<>()
                                                                                .oneOf(
                                                                                        List.of(
                                                                                                new Schema<>()
                                                                                                        .$ref(
                                                                                                                "#/components/schemas/TokenRequest"),
                                                                                                new Schema<>()
                                                                                                        .$ref(
                                                                                                                "#/components/schemas/RefreshRequest")))))));
    }
}
