package org.blogplatform.accounts.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.blogplatform.accounts.support.ApiClient;
import org.blogplatform.accounts.support.ApiClient.Response;
import org.blogplatform.accounts.support.ApiTest;
import org.blogplatform.accounts.support.MailServer;
import org.blogplatform.accounts.support.OnH2;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

@OnH2
@TestPropertySource(properties = "accounts.require-verified-email=true")
class RequiredVerificationApiTest extends ApiTest {

    Response signIn(String email, String password) {
        return api.postJson("/auth/token", Map.of("email", email, "password", password));
    }

    @Test
    void anUnverifiedAccountSigningInWithTheRightPasswordIsToldToVerifyFirst() {
        String email = "unverified-" + UUID.randomUUID() + "@example.com";
        api.postJson("/users/register", Map.of("email", email, "name", "Ada", "password", ApiClient.PASSWORD));

        Response refused = signIn(email, ApiClient.PASSWORD);
        assertProblem(refused, 403);
        assertThat(refused.json().get("detail").asString()).startsWith("Verify your email address first");
        assertProblem(signIn(email, "not the password"), 401);

        String token = MailServer.awaitToken(email, 1);
        assertThat(api.postJson("/auth/verify-email", Map.of("token", token)).status())
                .isEqualTo(204);
        assertThat(signIn(email, ApiClient.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void theSignInPageTellsAnUnverifiedAccountToVerifyFirstAndSetsNoSessionCookie() {
        String email = "unverified-page-" + UUID.randomUUID() + "@example.com";
        api.postJson("/users/register", Map.of("email", email, "name", "Ada", "password", ApiClient.PASSWORD));
        Response form = api.get("/signin");
        Matcher hidden = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(hidden.find()).isTrue();

        Response page = api.send(
                "POST",
                "/signin",
                "application/x-www-form-urlencoded",
                "_csrf=" + hidden.group(1) + "&email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                        + URLEncoder.encode(ApiClient.PASSWORD, StandardCharsets.UTF_8),
                null,
                Map.of("Cookie", form.header("Set-Cookie").split(";")[0]));

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("Verify your email address first");
        assertThat(page.header("Set-Cookie")).isNull();
    }
}
