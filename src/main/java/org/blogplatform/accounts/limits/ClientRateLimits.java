package org.blogplatform.accounts.limits;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A per-address ceiling on the two endpoints that cost a password hash. The address is the TCP peer, or the
 * {@code X-Forwarded-For} client only when the service is told to trust its proxy
 * ({@code server.forward-headers-strategy=native}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LimitProperties.class)
class ClientRateLimits implements WebMvcConfigurer {

    private final Buckets requests;

    ClientRateLimits(LimitProperties limits) {
        this.requests = new Buckets(limits.clientRequestsPerMinute(), Duration.ofMinutes(1));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
                    @Override
                    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                        if ("POST".equals(request.getMethod())) {
                            requests.take(
                                    request.getRequestURI() + " " + request.getRemoteAddr(),
                                    "Too many requests from this address");
                        }
                        return true;
                    }
                })
                .addPathPatterns("/auth/token", "/users/register");
    }
}
