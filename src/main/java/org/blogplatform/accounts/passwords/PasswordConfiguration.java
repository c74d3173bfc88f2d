package org.blogplatform.accounts.passwords;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

    @Bean
    PasswordHasher passwordHasher(
            @Value("${accounts.passwords.max-concurrent-hashes:0}") int maxConcurrentHashes,
            @Value("${accounts.passwords.max-waiting-hashes:100}") int maxWaitingHashes,
            @Value("${accounts.passwords.hash-slot-wait:2s}") Duration hashSlotWait) {
        int slots = maxConcurrentHashes > 0
                ? maxConcurrentHashes
                : Runtime.getRuntime().availableProcessors();
        return new PasswordHasher(slots, maxWaitingHashes, hashSlotWait);
    }

    @Bean
    MeterBinder passwordHashQueue(PasswordHasher hasher) {
        return registry -> Gauge.builder("accounts.password.hash.waiting", hasher, PasswordHasher::waiting)
                .description("Sign-ins and registrations waiting for a password hashing slot")
                .register(registry);
    }
}
