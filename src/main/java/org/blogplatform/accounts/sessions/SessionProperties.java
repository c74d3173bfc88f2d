package org.blogplatform.accounts.sessions;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ACCOUNTS_SESSION_IDLE_TTL}: a session unused this long ends; {@code ACCOUNTS_SESSION_MAX_TTL}: no
 * session lives longer; the purge deletes ended sessions every {@code PURGE_INTERVAL}, {@code PURGE_BATCH}
 * rows per statement.
 */
@ConfigurationProperties("accounts.session")
record SessionProperties(Duration idleTtl, Duration maxTtl, Duration purgeInterval, int purgeBatch) {}
