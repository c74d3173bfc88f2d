package org.blogplatform.accounts.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code accounts.mail.*}: the sender address; how often the outbox is polled (new mail is also sent right after
 * the transaction that queued it commits); the first retry delay, doubled per failed attempt up to
 * {@code retryMax}; when an undeliverable mail is given up; how long sent and given-up rows are kept.
 */
@ConfigurationProperties("accounts.mail")
record MailProperties(
        String from,
        Duration pollInterval,
        Duration retryInitial,
        Duration retryMax,
        Duration giveUpAfter,
        Duration retention,
        int batchSize) {

    Duration retryDelay(int attempts) {
        Duration delay = retryInitial.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return delay.compareTo(retryMax) > 0 ? retryMax : delay;
    }
}
