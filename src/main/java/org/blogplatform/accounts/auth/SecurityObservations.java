package org.blogplatform.accounts.auth;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * Spring Security observes each filter of its chain, each authentication and each authorization when an
 * observation registry is present: a dozen timer observations per request, about as much CPU as the request's
 * own work on a read. Requests are still observed as a whole ({@code http.server.requests}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityObservations {

    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }
}
