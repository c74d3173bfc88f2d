package org.blogplatform.accounts.limits;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code accounts.limits.*}: failed sign-ins allowed per account in a window, and requests per minute one
 * client address may make to each of the sign-in and registration endpoints (and each recovery endpoint);
 * reset and verification mails per address or account per hour.
 */
@ConfigurationProperties("accounts.limits")
record LimitProperties(
        int signInFailures, Duration signInFailureWindow, int clientRequestsPerMinute, int mailsPerEmailPerHour) {}
