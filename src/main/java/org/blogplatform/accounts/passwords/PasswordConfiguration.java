package org.blogplatform.accounts.passwords;

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
}
