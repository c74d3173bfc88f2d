package org.blogplatform.accounts.recovery;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.blogplatform.accounts.mail.MailOutbox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The mails of this feature, with links to the pages that take their tokens. */
@Component
class RecoveryMails {

    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'");

    private final MailOutbox outbox;
    private final Clock clock;
    private final String publicUrl;

    RecoveryMails(MailOutbox outbox, Clock clock, @Value("${accounts.public-url}") String publicUrl) {
        this.outbox = outbox;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    MailOutbox.Rendered passwordReset(String name, LinkToken token) {
        return render("password-reset", name, "/reset-password", token, TokenPurpose.PASSWORD_RESET, Map.of());
    }

    MailOutbox.Rendered verification(String name, LinkToken token) {
        return render("email-verification", name, "/verify-email", token, TokenPurpose.EMAIL_VERIFICATION, Map.of());
    }

    MailOutbox.Rendered emailChange(String name, String newEmail, LinkToken token) {
        return render(
                "email-change", name, "/verify-email", token, TokenPurpose.EMAIL_CHANGE, Map.of("newEmail", newEmail));
    }

    MailOutbox.Rendered emailChangeNotice(String name, String newEmail) {
        return outbox.render("email-change-notice", Map.of("name", name, "newEmail", newEmail));
    }

    /** Must run inside the transaction that stores the token. */
    void queue(String recipient, String subject, MailOutbox.Rendered mail) {
        outbox.queue(recipient, subject, mail);
    }

    private MailOutbox.Rendered render(
            String template,
            String name,
            String page,
            LinkToken token,
            TokenPurpose purpose,
            Map<String, Object> extra) {
        long hours = purpose.lifetime().toHours();
        Map<String, Object> model = new java.util.HashMap<>(extra);
        model.put("name", name);
        model.put("link", publicUrl + page + "?token=" + token.value());
        model.put("lifetime", hours == 1 ? "1 hour" : hours + " hours");
        model.put(
                "expires",
                EXPIRY.format(clock.instant().plus(purpose.lifetime()).atOffset(ZoneOffset.UTC)));
        return outbox.render(template, model);
    }
}
