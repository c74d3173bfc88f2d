package org.blogplatform.accounts.mail;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox on one background thread: every poll interval, and right after a transaction that queued
 * mail commits. Claims are short transactions; the SMTP conversation holds no database connection. A mail whose
 * delivery fails is retried with exponential backoff until it is {@code giveUpAfter} old. A mail can go out
 * twice only if the process dies between the server's acceptance and the row being marked sent.
 */
@Component
class OutboxSender implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final OutboxStore outbox;
    private final MailDelivery delivery;
    private final MailProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final Counter sent;
    private final Counter failedAttempts;
    private final Counter abandoned;
    private volatile @Nullable ScheduledExecutorService executor;

    OutboxSender(
            OutboxStore outbox,
            MailDelivery delivery,
            MailProperties properties,
            Clock clock,
            PlatformTransactionManager transactionManager,
            MeterRegistry meters) {
        this.outbox = outbox;
        this.delivery = delivery;
        this.properties = properties;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
        this.sent = meters.counter("accounts.mail.sent");
        this.failedAttempts = meters.counter("accounts.mail.failed.attempts");
        this.abandoned = meters.counter("accounts.mail.abandoned");
    }

    /** Asks for a delivery round soon; rounds never overlap, they run on the one sender thread. */
    void nudge() {
        ScheduledExecutorService running = executor;
        try {
            if (running != null) {
                running.execute(this::deliverDue);
            }
        } catch (RejectedExecutionException stopping) {
            // shutting down: the mail stays in the outbox for the next start
        }
    }

    void deliverDue() {
        try {
            List<OutboxMail> batch;
            do {
                Instant now = clock.instant();
                // the lease outlasts any SMTP timeout, so no other instance takes a mail while it is being sent
                batch = transaction.execute(
                        status -> outbox.claim(now, now.plus(properties.retryMax()), properties.batchSize()));
                batch.forEach(this::deliver);
            } while (batch.size() == properties.batchSize());
            Instant now = clock.instant();
            transaction.executeWithoutResult(status -> outbox.purge(now.minus(properties.retention())));
        } catch (RuntimeException e) {
            log.warn("Mail outbox unavailable: {}", e.getClass().getSimpleName());
        }
    }

    private void deliver(OutboxMail mail) {
        try {
            delivery.deliver(mail);
            sent.increment();
            outbox.markSent(mail.id(), clock.instant());
        } catch (Exception e) {
            failedAttempts.increment();
            Instant now = clock.instant();
            if (mail.createdAt().plus(properties.giveUpAfter()).isBefore(now)) {
                outbox.markFailed(mail.id(), now);
                abandoned.increment();
                log.error("Mail {} given up after {} attempts", mail.id(), mail.attempts());
            } else {
                log.warn(
                        "Mail {} not delivered (attempt {}, {}); retrying later",
                        mail.id(),
                        mail.attempts(),
                        e.getClass().getSimpleName());
                outbox.retryAt(mail.id(), now.plus(properties.retryDelay(mail.attempts())));
            }
        }
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(task -> new Thread(task, "mail-outbox"));
        long interval = properties.pollInterval().toMillis();
        executor.scheduleWithFixedDelay(this::deliverDue, interval, interval, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = executor;
        executor = null;
        if (running != null) {
            running.shutdownNow();
            try {
                running.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
