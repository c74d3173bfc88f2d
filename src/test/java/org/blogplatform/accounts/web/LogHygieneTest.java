package org.blogplatform.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.blogplatform.accounts.support.ApiClient;
import org.blogplatform.accounts.support.OnOwnH2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
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
        String token = api.token(email, password);
        api.send("PUT", "/users/me/profile", "application/json", "{\"bio\":\"hello\"}", token);
        api.get("/users/me", token);
        api.changePassword(token, password, newPassword);
        api.get("/users/me", token);

        assertThat(output.getAll())
                .contains("/auth/token")
                .doesNotContain(password, newPassword, token, SECRET, "$argon2id$", "$2a$", "$2b$");
    }
}
