package org.blogplatform.accounts.mail;

import java.time.Instant;

/** A claimed outbox row; {@code attempts} counts this one. */
record OutboxMail(
        long id, String recipient, String subject, String textBody, String htmlBody, Instant createdAt, int attempts) {}
