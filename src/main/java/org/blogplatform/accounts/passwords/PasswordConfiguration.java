package org.blogplatform.accounts.passwords;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

    @Bean
    PasswordHasher passwordHasher(@Value("${accounts.passwords.max-concurrent-hashes:0}") int maxConcurrentHashes) {
        int limit = maxConcurrentHashes > 0
                ? maxConcurrentHashes
                : Runtime.getRuntime().availableProcessors();
        return new PasswordHasher(limit);
    }

    @Bean
    MeterBinder passwordHashQueue(PasswordHasher hasher) {
        return registry -> Gauge.builder("accounts.password.hash.waiting", hasher, PasswordHasher::waiting)
                .description("Sign-ins and registrations waiting for a password hashing slot")
                .register(registry);
    }
}
