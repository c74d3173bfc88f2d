package org.blogplatform.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.blogplatform.accounts.support.ApiClient;
import org.blogplatform.accounts.support.MailServer;
import org.blogplatform.accounts.support.OnOwnH2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** Even with framework debug logging on, no password, hash, token or secret reaches the log. */
@OnOwnH2
@TestPropertySource(
        properties = {
            "accounts.jwt.secret=" + LogHygieneTest.SECRET,
            "logging.level.org.springframework.web=trace",
            "logging.level.org.springframework.security=debug",
            "logging.level.org.hibernate.SQL=debug"
        })
@ExtendWith(OutputCaptureExtension.class)
class LogHygieneTest {

    static final String SECRET = "log-hygiene-secret-0123456789abcdef0123456789";

    @LocalServerPort
    int port;

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void mailsAsFiles(DynamicPropertyRegistry registry) {
        registry.add("accounts.data-dir", () -> dataDir.toString());
    }

    /** With no SMTP server set, mails are .eml files: the links are read from there, and never from the log. */
    @Test
    void recoveryAndVerificationLinksNeverReachTheLog(CapturedOutput output) throws Exception {
        ApiClient api = new ApiClient(port);
        String email = "links-" + UUID.randomUUID() + "@example.com";
        String newEmail = "moved-" + UUID.randomUUID() + "@example.com";
        String password = "Pw-" + UUID.randomUUID();
        String newPassword = "New-" + UUID.randomUUID();
        api.postJson("/users/register", Map.of("email", email, "name", "Hy", "password", password));

        String verification = tokenMailedTo(email, 1);
        api.postJson("/auth/verify-email", Map.of("token", verification));
        api.postJson("/auth/password-reset", Map.of("email", email));
        String reset = tokenMailedTo(email, 2);
        api.postJson("/auth/password-reset/confirm", Map.of("token", reset, "new_password", newPassword));
        String bearer = api.token(email, newPassword);
        api.send(
                "PUT",
                "/users/me/email",
                "application/json",
                ApiClient.json(Map.of("new_email", newEmail, "current_password", newPassword)),
                bearer);
        String change = tokenMailedTo(newEmail, 1);
        api.postJson("/auth/verify-email", Map.of("token", change));

        assertThat(api.get("/users/me", bearer).json().get("email").asString()).isEqualTo(newEmail);
        assertThat(output.getAll())
                .contains("mail written to")
                .doesNotContain(verification, reset, change, password, newPassword, bearer);
    }

    /** Debug logs print request lines whole; the pages that take a mailed link see the token masked. */
    @Test
    void aLinksTokenOpenedAsAPageNeverReachesTheLog(CapturedOutput output) {
        ApiClient api = new ApiClient(port);
        String token = "t" + UUID.randomUUID().toString().replace("-", "");

        assertThat(api.get("/verify-email?token=" + token).status()).isEqualTo(200);
        assertThat(api.get("/reset-password?utm=mail&token=" + token).status()).isEqualTo(200);

        assertThat(output.getAll())
                .contains("/verify-email?token=***", "/reset-password?utm=mail&token=***")
                .doesNotContain(token);
    }

    @Test
    void passwordsTypedIntoPagesNeverReachTheLog(CapturedOutput output) {
        ApiClient api = new ApiClient(port);
        String email = "typed-" + UUID.randomUUID() + "@example.com";
        String password = "Pw-" + UUID.randomUUID();
        api.postJson("/users/register", Map.of("email", email, "name", "Hy", "password", password));
        ApiClient.Response form = api.get("/signin");
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(csrf.find()).isTrue();
        Map<String, String> cookie = Map.of("Cookie", form.header("Set-Cookie").split(";")[0]);

        for (String typed : new String[] {password, "wrong-" + password}) {
            ApiClient.Response signIn = api.send(
                    "POST",
                    "/signin",
                    "application/x-www-form-urlencoded",
                    "_csrf=" + csrf.group(1) + "&email=" + email + "&password=" + typed,
                    null,
                    cookie);
            assertThat(signIn.status()).isIn(302, 401);
        }

        assertThat(output.getAll()).contains("SignInForm[").doesNotContain(password);
    }

    private static String tokenMailedTo(String recipient, int n) throws Exception {
        Path outbox = dataDir.resolve("outbox");
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> mailsTo(outbox, recipient).size() >= n);
        return MailServer.tokenIn(MailServer.text(mailsTo(outbox, recipient).get(n - 1)));
    }

    private static List<MimeMessage> mailsTo(Path outbox, String recipient) throws Exception {
        if (!Files.isDirectory(outbox)) {
            return List.of();
        }
        List<MimeMessage> mails = new ArrayList<>();
        try (Stream<Path> files = Files.list(outbox)) {
            for (Path file : files.filter(file -> file.toString().endsWith(".eml"))
                    .sorted(Comparator.comparing(LogHygieneTest::mailNumber))
                    .toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()), in);
                    if (mail.getAllRecipients()[0].toString().equals(recipient)) { // .eml files are whole
                        mails.add(mail);
                    }
                }
            }
        }
        return mails;
    }

    private static long mailNumber(Path file) {
        return Long.parseLong(file.getFileName().toString().replaceAll("\\D", ""));
    }

    @Test
    void aFullRunLogsNoPasswordHashTokenOrSecret(CapturedOutput output) {
        ApiClient api = new ApiClient(port);
        String email = "hygiene-" + UUID.randomUUID() + "@example.com";
        String password = "Pw-" + UUID.randomUUID();
        String newPassword = "New-" + UUID.randomUUID();

        api.postJson("/users/register", Map.of("email", email, "name", "Hy", "password", password));
        api.postJson("/users/register", Map.of("email", email, "name", "Hy", "password", password));
        api.send(
                "POST",
                "/auth/token",
                "application/x-www-form-urlencoded",
                "username=" + email + "&password=" + password,
                null);
        api.postJson("/auth/token", Map.of("email", email, "password", "wrong-" + password));
        ApiClient.SignedIn first = api.signIn(email, password);
        String token = first.accessToken();
        api.send("PUT", "/users/me/profile", "application/json", "{\"bio\":\"hello\"}", token);
        api.get("/users/me", token);
        ApiClient.SignedIn rotated = ApiClient.SignedIn.from(api.refresh(first.refreshToken()));
        api.refresh(first.refreshToken()); // reuse: revokes the session, and is logged
        api.send(
                "POST",
                "/auth/token",
                "application/x-www-form-urlencoded",
                "grant_type=refresh_token&refresh_token=" + rotated.refreshToken(),
                null);
        ApiClient.SignedIn second = api.signIn(email, password);
        api.get("/users/me/sessions", second.accessToken());
        api.changePassword(second.accessToken(), password, newPassword);
        api.get("/users/me", token);
        api.send("POST", "/auth/logout", null, null, second.accessToken());

        assertThat(output.getAll())
                .contains("/auth/token", "A spent refresh token was presented again")
                .doesNotContain(password, newPassword, token, SECRET, "$argon2id$", "$2a$", "$2b$")
                .doesNotContain(first.refreshToken(), rotated.refreshToken(), second.refreshToken())
                .doesNotContain(rotated.accessToken(), second.accessToken());
    }
}
