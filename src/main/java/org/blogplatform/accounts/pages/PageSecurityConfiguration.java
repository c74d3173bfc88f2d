package org.blogplatform.accounts.pages;

import org.blogplatform.accounts.sessions.SessionService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.session.NullAuthenticatedSessionStrategy;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;

/**
 * The pages' own filter chain, ahead of the API's: sign-in by cookie ({@link CookieSignInFilter}), CSRF tokens on every form (kept in a cookie, so the server
 * holds no HTTP session), a Content-Security-Policy without inline script or style, and no framing. The API's
 * chain never sees a page cookie.
 */
@Configuration(proxyBeanMethods = false)
class PageSecurityConfiguration {

    /** Avatars are images on other sites, so images may come from anywhere on the web; nothing else may. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' https: http:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain pages(
            HttpSecurity http,
            PageErrors errors,
            SessionCookie cookie,
            SessionService sessions,
            @Value("${accounts.public-url:http://localhost:8080}") String publicUrl)
            throws Exception {
        boolean https = publicUrl.startsWith("https:");
        CookieCsrfTokenRepository csrfTokens = new CookieCsrfTokenRepository();
        csrfTokens.setCookieName("csrf");
        csrfTokens.setCookieCustomizer(csrf -> csrf.secure(https).sameSite("Lax"));
        return http.securityMatcher(PageRoutes.PAGES_AND_ASSETS)
                // the cookie sign-in is seen anew on every request, and must not rotate the CSRF token each time:
                // a form open in a second tab would go stale
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
                        .sessionAuthenticationStrategy(new NullAuthenticatedSessionStrategy()))
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new CookieSignInFilter(cookie, sessions, errors), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests.requestMatchers("/settings/**")
                        .authenticated()
                        .anyRequest()
                        .permitAll())
                .exceptionHandling(handling -> handling.authenticationEntryPoint(
                                new LoginUrlAuthenticationEntryPoint("/signin"))
                        .accessDeniedHandler((request, response, denied) -> errors.render(request, response, 403)))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                PageRoutes.CARRYING_TOKENS, new ReferrerPolicyHeaderWriter(ReferrerPolicy.NO_REFERRER)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                new NegatedRequestMatcher(PageRoutes.CARRYING_TOKENS),
                                new ReferrerPolicyHeaderWriter(ReferrerPolicy.SAME_ORIGIN))))
                .build();
    }
}
