package org.blogplatform.accounts.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;

class MailDeliveryFileTest {

    @TempDir
    Path dataDir;

    MailDelivery delivery;

    @BeforeEach
    void withoutSmtpServer() {
        delivery = new MailDelivery(
                new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
                new MailProperties(
                        "accounts@example.com",
                        Duration.ofSeconds(5),
                        Duration.ofSeconds(30),
                        Duration.ofHours(1),
                        Duration.ofDays(2),
                        Duration.ofDays(7),
                        20),
                dataDir);
    }

    @Test
    void withoutSmtpServerTheMailIsWrittenWholeAndNothingElseIsLeft() throws Exception {
        delivery.deliver(
                new OutboxMail(7, "ada@example.com", "Welcome", "text body", "<p>html body</p>", Instant.now(), 1));

        assertThat(outboxFiles()).containsExactly("mail-7.eml");
        String written = Files.readString(dataDir.resolve("outbox/mail-7.eml"), StandardCharsets.UTF_8);
        assertThat(written).contains("Subject: Welcome", "To: ada@example.com", "text body", "<p>html body</p>");
    }

    @Test
    void theMailFileIsReadableByTheServiceAloneSinceItHoldsSignInLinks() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));

        delivery.deliver(new OutboxMail(10, "ada@example.com", "Reset", "link", "<p>link</p>", Instant.now(), 1));

        assertThat(Files.getPosixFilePermissions(dataDir.resolve("outbox/mail-10.eml")))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void aWriteThatFailsHalfWayLeavesNoMailFile() {
        MimeMessage failingHalfWay = new MimeMessage(Session.getInstance(new Properties())) {
            @Override
            public void writeTo(OutputStream out) throws IOException {
                out.write("Subject: cut off".getBytes(StandardCharsets.US_ASCII));
                throw new IOException("disk full");
            }
        };

        assertThatThrownBy(() -> delivery.writeFile(8, failingHalfWay)).hasMessage("disk full");
        assertThat(outboxFiles()).isEmpty();
    }

    @Test
    void aRetryReplacesTheFileOfAnEarlierAttempt() throws Exception {
        Files.createDirectories(dataDir.resolve("outbox"));
        Files.writeString(dataDir.resolve("outbox/mail-9.eml"), "an earlier attempt");

        delivery.deliver(new OutboxMail(9, "ada@example.com", "Again", "text", "<p>html</p>", Instant.now(), 2));

        assertThat(outboxFiles()).containsExactly("mail-9.eml");
        assertThat(Files.readString(dataDir.resolve("outbox/mail-9.eml"))).contains("Subject: Again");
    }

    private List<String> outboxFiles() {
        try (Stream<Path> files = Files.list(dataDir.resolve("outbox"))) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
