package org.blogplatform.accounts.docs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.OAuthFlow;
import io.swagger.v3.oas.annotations.security.OAuthFlows;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The "bearer" scheme is an OAuth2 password flow against {@code /auth/token}, so Swagger UI's Authorize
 * button signs in with email and password and then sends the token on every "Try it out".
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Accounts",
                        version = "1",
                        description = "Users of the blog platform, their public profiles, and sign-in.\n\n"
                                + "Request bodies are read strictly: a field of the wrong JSON type (a number or "
                                + "boolean where text is expected) or a field the operation does not know is a 422 "
                                + "naming it in `errors`. Fields a client may send back from a response it read are "
                                + "accepted and ignored: `updated_at` in profile writes; `id`, `email` and `profile` "
                                + "in `PATCH /users/me`."))
@SecurityScheme(
        name = "bearer",
        type = SecuritySchemeType.OAUTH2,
        flows = @OAuthFlows(password = @OAuthFlow(tokenUrl = "/auth/token")))
class OpenApiConfiguration {

    /**
     * The schema generator uses a Jackson 2 mapper of its own and never sees the application's Jackson 3
     * naming strategy, so it is told separately. This replaces swagger-core's default resolver: same mapper
     * and OpenAPI version, plus snake_case.
     */
    @Bean
    ModelResolver snakeCaseModelResolver(SpringDocConfigProperties springDoc) {
        boolean openApi31 = springDoc.isOpenapi31();
        ObjectMapper mapper = (openApi31 ? Json31.mapper() : Json.mapper()).copy();
        return new ModelResolver(mapper.setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE))
                .openapi31(openApi31);
    }

    @Bean
    DocumentedOperations documentedOperations() {
        return new DocumentedOperations();
    }

    @Bean
    DocumentedResponses documentedResponses() {
        return new DocumentedResponses();
    }
}
