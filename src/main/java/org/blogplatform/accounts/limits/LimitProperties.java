package org.blogplatform.accounts.limits;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code accounts.limits.*}: failed sign-ins allowed per account in a window, requests per minute one client
 * address may make to each of the sign-in, registration and recovery endpoints, reset and verification mails
 * per address or account per hour, and where the buckets live ({@code store}:
 * empty for the database on PostgreSQL and memory on H2).
 */
@ConfigurationProperties("accounts.limits")
record LimitProperties(
        int signInFailures,
        Duration signInFailureWindow,
        int clientRequestsPerMinute,
        int mailsPerEmailPerHour,
        @Nullable Store store) {

    enum Store {
        MEMORY,
        DATABASE
    }

    Store storeIn(@Nullable String jdbcUrl) {
        if (store != null) {
            return store;
        }
        return jdbcUrl != null && jdbcUrl.startsWith("jdbc:postgresql:") ? Store.DATABASE : Store.MEMORY;
    }
}
