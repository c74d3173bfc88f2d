package org.blogplatform.accounts.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
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
}
