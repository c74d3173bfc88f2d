package org.blogplatform.accounts.limits;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A per-address ceiling on the endpoints that cost a password hash, shared by the pages that stand for them. A bucket belongs to the route a request was
 * dispatched to (method and matched pattern), never to the URI as sent, so every spelling of a path that
 * reaches an endpoint ({@code /auth/%74oken}, {@code //auth/token}) spends the same budget. The address is the
 * TCP peer, or the client named by a trusted proxy ({@code ACCOUNTS_TRUSTED_PROXIES}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LimitProperties.class)
class ClientRateLimits implements WebMvcConfigurer {

    /** The limited routes, as method and pattern; each has a budget of its own per address. */
    static final Set<String> LIMITED_ROUTES = Set.of(
            "POST /auth/token",
            "POST /users/register",
            "PUT /users/me/password",
            "PUT /users/me/email",
            "POST /auth/password-reset/confirm",
            "POST /auth/verify-email",
            "POST /signin",
            "POST /signup",
            "POST /settings/account/password",
            "POST /settings/account/email",
            "POST /reset-password",
            "POST /verify-email");

    /** A page's form spends the budget of the API endpoint it stands for, so pages add no second allowance. */
    private static final Map<String, String> SAME_BUDGET_AS = Map.of(
            "POST /signin", "POST /auth/token",
            "POST /signup", "POST /users/register",
            "POST /settings/account/password", "PUT /users/me/password",
            "POST /settings/account/email", "PUT /users/me/email",
            "POST /reset-password", "POST /auth/password-reset/confirm",
            "POST /verify-email", "POST /auth/verify-email");

    private final Buckets requests;

    ClientRateLimits(LimitProperties limits, BucketStore store) {
        this.requests = store.buckets("client", limits.clientRequestsPerMinute(), Duration.ofMinutes(1));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                String route = route(request);
                if (LIMITED_ROUTES.contains(route)) {
                    requests.take(
                            key(SAME_BUDGET_AS.getOrDefault(route, route), request.getRemoteAddr()),
                            "Too many requests from this address");
                }
                return true;
            }
        });
    }

    /** The method and the pattern Spring MVC matched, e.g. {@code POST /auth/token}. */
    static String route(HttpServletRequest request) {
        return request.getMethod() + " " + request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
    }

    static String key(String route, String clientAddress) {
        return route + " " + clientAddress;
    }
}
