package org.blogplatform.accounts.auth;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * The routes anyone may call without a token. Everything else requires one, so a route added later is closed
 * until it is listed here. API routes are listed with their method: a later {@code DELETE /users/{id}} must not
 * be opened by the public {@code GET}.
 */
final class PublicRoutes {

    private PublicRoutes() {}

    static void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests
                // first: "me" would otherwise match the public /users/{id}
                .requestMatchers("/users/me", "/users/me/**")
                .authenticated()
                .requestMatchers(HttpMethod.POST, "/users/register", "/auth/token")
                .permitAll()
                .requestMatchers(
                        HttpMethod.POST, "/auth/password-reset", "/auth/password-reset/confirm", "/auth/verify-email")
                .permitAll()
                .requestMatchers(HttpMethod.GET, "/users", "/users/{id}")
                .permitAll()
                .requestMatchers("/docs", "/docs/**", "/openapi.json", "/openapi.json/**", "/swagger-ui/**")
                .permitAll()
                .requestMatchers("/livez", "/readyz")
                .permitAll()
                // served on the management port only (MANAGEMENT_SERVER_PORT), off the public one
                .requestMatchers(EndpointRequest.to("health", "prometheus"))
                .permitAll()
                .requestMatchers("/error")
                .permitAll()
                .dispatcherTypeMatchers(DispatcherType.ERROR)
                .permitAll()
                .anyRequest()
                .authenticated();
    }
}
