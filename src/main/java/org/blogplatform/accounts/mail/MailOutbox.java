package org.blogplatform.accounts.mail;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Queues a mail in the caller's transaction, so it exists exactly when the change that caused it does; it is
 * sent after the commit. The model is rendered into {@code templates/mail/TEMPLATE.txt} and {@code .html}.
 */
@Service
public class MailOutbox {

    private final MailTemplates templates;
    private final OutboxStore outbox;
    private final OutboxSender sender;
    private final Clock clock;
    private final Counter queued;

    MailOutbox(MailTemplates templates, OutboxStore outbox, OutboxSender sender, Clock clock, MeterRegistry meters) {
        this.templates = templates;
        this.outbox = outbox;
        this.sender = sender;
        this.clock = clock;
        this.queued = meters.counter("accounts.mail.queued");
    }

    /** Renders without a transaction, so callers can do it before they take a connection. */
    public Rendered render(String template, Map<String, Object> model) {
        return new Rendered(templates.text(template, model), templates.html(template, model));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void queue(String recipient, String subject, Rendered mail) {
        outbox.insert(recipient, subject, mail.text(), mail.html(), clock.instant());
        queued.increment();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                sender.nudge();
            }
        });
    }

    public record Rendered(String text, String html) {}
}
