package org.blogplatform.accounts.docs;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.OAuthFlow;
import io.swagger.v3.oas.annotations.security.OAuthFlows;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
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
                        description = "Users of the blog platform, their public profiles, and sign-in"))
@SecurityScheme(
        name = "bearer",
        type = SecuritySchemeType.OAUTH2,
        flows = @OAuthFlows(password = @OAuthFlow(tokenUrl = "/auth/token")))
class OpenApiConfiguration {

    /** The schema generator has a JSON mapper of its own; it must name properties as the API does. */
    @Bean
    ModelResolver snakeCaseModelResolver() {
        return new ModelResolver(Json.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE));
    }

    @Bean
    DocumentedResponses documentedResponses() {
        return new DocumentedResponses();
    }
}
