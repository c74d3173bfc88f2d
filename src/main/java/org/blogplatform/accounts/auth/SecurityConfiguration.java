package org.blogplatform.accounts.auth;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import javax.crypto.SecretKey;
import org.blogplatform.accounts.sessions.SessionService;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
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
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.web.servlet.HandlerExceptionResolver;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Tokens are short-lived; a small allowance for clock drift between machines is enough. */
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(5);

    /**
     * The API authenticates each request by its bearer token alone, so its chain has nothing else: no session
     * handling and no servlet API request wrapper (nothing in the API asks the HTTP session or the request for
     * the caller), the security context kept in a request attribute for the error dispatch. Each of those added
     * a filter, and the wrapper a hop to every request lookup after it.
     */
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
                .sessionManagement(session -> session.disable())
                .servletApi(servletApi -> servletApi.disable())
                .securityContext(
                        context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
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
    JwtDecoder jwtDecoder(SecretKey key, JwtProperties properties, SessionService sessions, Clock clock) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(key)
                .macAlgorithm(MacAlgorithm.HS256)
                .build();
        JwtTimestampValidator lifetime = new JwtTimestampValidator(CLOCK_SKEW);
        lifetime.setClock(clock);
        OAuth2TokenValidator<Jwt> claims = new DelegatingOAuth2TokenValidator<>(
                lifetime,
                new JwtIssuerValidator(properties.issuer()),
                new JwtClaimValidator<Object>(JwtClaimNames.EXP, Objects::nonNull));
        LiveSessionValidator liveSession = new LiveSessionValidator(sessions);
        // The database is asked only about tokens that are otherwise valid.
        OAuth2TokenValidator<Jwt> validator = token -> {
            var result = claims.validate(token);
            return result.hasErrors() ? result : liveSession.validate(token);
        };
        decoder.setJwtValidator(validator);
        return new VerifiedTokens(decoder, validator, properties.ttl());
    }
}
