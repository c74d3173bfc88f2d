package org.blogplatform.accounts.replica;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code accounts.read-replica.*}: the JDBC URL of a PostgreSQL streaming replica for public reads (empty: none),
 * its credentials (empty: the primary's), and how long reads stay on the primary after the replica failed one.
 */
@ConfigurationProperties("accounts.read-replica")
record ReadReplicaProperties(
        @Nullable String url,
        @Nullable String username,
        @Nullable String password,
        Duration retryAfter) {

    boolean isSet() {
        return url != null && !url.isBlank();
    }
}
