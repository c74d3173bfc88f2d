package org.blogplatform.accounts.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Hands a mail to the SMTP server when {@code spring.mail.host} is set (Spring Boot then provides the
 * {@link JavaMailSender}); otherwise writes it as an .eml file under the data directory, so every flow can be
 * completed locally without a mail server.
 */
@Component
class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    private final @Nullable JavaMailSender smtp;
    private final String from;
    private final Path directory;

    MailDelivery(
            ObjectProvider<JavaMailSender> smtp,
            MailProperties properties,
            @Value("${accounts.data-dir}") Path dataDir) {
        this.smtp = smtp.getIfAvailable();
        this.from = properties.from();
        this.directory = dataDir.resolve("outbox");
    }

    void deliver(OutboxMail mail) throws MessagingException, IOException {
        MimeMessage message =
                smtp != null ? smtp.createMimeMessage() : new MimeMessage(Session.getInstance(new Properties()));
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(from);
        helper.setTo(mail.recipient());
        helper.setSubject(mail.subject());
        helper.setText(mail.textBody(), mail.htmlBody());
        if (smtp != null) {
            smtp.send(message);
        } else {
            writeFile(mail.id(), message);
        }
    }

    /**
     * Written beside its final name and then renamed, so whoever reads the outbox directory sees a mail whole or
     * not at all, even if the write fails or the process dies half way.
     */
    void writeFile(long id, MimeMessage message) throws IOException, MessagingException {
        Files.createDirectories(directory);
        Path file = directory.resolve("mail-" + id + ".eml");
        Path partial = Files.createTempFile(directory, "mail-" + id + "-", ".partial");
        try {
            try (OutputStream out = Files.newOutputStream(partial)) {
                message.writeTo(out);
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
        log.info("No SMTP server configured (SPRING_MAIL_HOST): mail written to {}", file);
    }
}
