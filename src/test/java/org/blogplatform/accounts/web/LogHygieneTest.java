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
