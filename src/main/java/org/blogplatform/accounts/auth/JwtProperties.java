package org.blogplatform.accounts.auth;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ACCOUNTS_JWT_SECRET}: at least 32 bytes; {@code ACCOUNTS_JWT_TTL}: token lifetime; {@code
 * ACCOUNTS_JWT_ISSUER}: the {@code iss} claim written and required.
 */
@ConfigurationProperties("accounts.jwt")
record JwtProperties(String secret, Duration ttl, String issuer) {}
