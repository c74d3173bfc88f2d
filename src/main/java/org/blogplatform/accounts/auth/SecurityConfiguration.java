package org.blogplatform.accounts.auth;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import javax.crypto.SecretKey;
import org.blogplatform.accounts.users.CredentialStore;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.web.servlet.HandlerExceptionResolver;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Tokens are short-lived; a small allowance for clock drift between machines is enough. */
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(5);

    @Bean
    SecurityFilterChain api(
            HttpSecurity http,
            JwtDecoder decoder,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver errors)
            throws Exception {
        // Authentication failures are resolved by the same @RestControllerAdvice as every other error.
        AuthenticationEntryPoint entryPoint =
                (request, response, ex) -> errors.resolveException(request, response, null, ex);
        AccessDeniedHandler denied = (request, response, ex) -> errors.resolveException(request, response, null, ex);
        return http.csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(PublicRoutes::authorize)
                .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.decoder(decoder))
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(denied)
                        .withObjectPostProcessor(answeringServiceFailures(entryPoint)))
                .exceptionHandling(handling ->
                        handling.authenticationEntryPoint(entryPoint).accessDeniedHandler(denied))
                .build();
    }

    /**
     * By default the bearer filter rethrows an AuthenticationServiceException (the token check could not reach
     * the database) to the container, which logs it as a servlet failure before the error page answers; the
     * entry point answers it directly, as 503.
     */
    private static ObjectPostProcessor<BearerTokenAuthenticationFilter> answeringServiceFailures(
            AuthenticationEntryPoint entryPoint) {
        return new ObjectPostProcessor<>() {
            @Override
            public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                var failures = new AuthenticationEntryPointFailureHandler(entryPoint);
                failures.setRethrowAuthenticationServiceException(false);
                filter.setAuthenticationFailureHandler(failures);
                return filter;
            }
        };
    }

    @Bean
    SecretKey jwtSigningKey(
            JwtProperties properties,
            @Value("${spring.datasource.url:}") String datasourceUrl,
            @Value("${accounts.data-dir}") Path dataDir) {
        return SigningKeys.resolve(properties.secret(), datasourceUrl.startsWith("jdbc:h2:"), dataDir);
    }

    @Bean
    JwtEncoder jwtEncoder(SecretKey key) {
        return new NimbusJwtEncoder(new ImmutableSecret<>(key));
    }

    @Bean
    JwtDecoder jwtDecoder(SecretKey key, JwtProperties properties, CredentialStore credentials) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(key)
                .macAlgorithm(MacAlgorithm.HS256)
                .build();
        OAuth2TokenValidator<Jwt> claims = new DelegatingOAuth2TokenValidator<>(
                new JwtTimestampValidator(CLOCK_SKEW),
                new JwtIssuerValidator(properties.issuer()),
                new JwtClaimValidator<Object>(JwtClaimNames.EXP, Objects::nonNull));
        TokenVersionValidator liveUser = new TokenVersionValidator(credentials);
        // The database is asked only about tokens that are otherwise valid.
        decoder.setJwtValidator(token -> {
            var result = claims.validate(token);
            return result.hasErrors() ? result : liveUser.validate(token);
        });
        return decoder;
    }
}
