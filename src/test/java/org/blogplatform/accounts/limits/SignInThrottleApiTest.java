package org.blogplatform.accounts.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.blogplatform.accounts.support.ApiClient;
import org.blogplatform.accounts.support.ApiClient.Account;
import org.blogplatform.accounts.support.ApiClient.Response;
import org.blogplatform.accounts.support.OnOwnH2;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

@OnOwnH2
@TestPropertySource(
        properties = {"accounts.limits.sign-in-failures=3", "accounts.limits.client-requests-per-minute=1000"})
class SignInThrottleApiTest {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }

    private Response signIn(String email, String password) {
        return api.postJson("/auth/token", Map.of("email", email, "password", password));
    }

    @Test
    void afterTooManyFailuresEvenTheRightPasswordGets429WithRetryAfter() {
        Account account = api.newAccount();
        for (int i = 0; i < 3; i++) {
            assertThat(signIn(account.email(), "wrong password " + i).status()).isEqualTo(401);
        }

        Response wrong = signIn(account.email().toUpperCase(), "wrong again");
        Response right = signIn(account.email(), account.password());

        for (Response locked : new Response[] {wrong, right}) {
            assertThat(locked.status()).isEqualTo(429);
            assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(1L, 15 * 60L);
            assertThat(locked.header("Content-Type")).startsWith("application/problem+json");
        }
        long retryAfter = Long.parseLong(right.header("Retry-After"));
        assertThat(right.json().get("detail").asString())
                .isEqualTo("Too many failed sign-ins for this account; try again in "
                        + (retryAfter <= 90 ? retryAfter + " seconds" : (retryAfter + 59) / 60 + " minutes"));
        // the same answer, apart from its request id and a wait read a moment later
        String varying = "\"request_id\":\"[^\"]+\"|try again in [^\"]+";
        assertThat(wrong.body().replaceAll(varying, "")).isEqualTo(right.body().replaceAll(varying, ""));
    }

    @Test
    void successfulSignInsDoNotCountAsFailures() {
        Account account = api.newAccount();
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(account.email(), account.password()).status()).isEqualTo(200);
        }
        assertThat(signIn(account.email(), "wrong password").status()).isEqualTo(401);
    }

    @Test
    void unknownAccountsAreThrottledLikeKnownOnes() {
        String email = "nobody-" + System.nanoTime() + "@example.com";
        for (int i = 0; i < 3; i++) {
            assertThat(signIn(email, "whatever it is").status()).isEqualTo(401);
        }
        assertThat(signIn(email, "whatever it is").status()).isEqualTo(429);
    }

    @Test
    void wrongCurrentPasswordsOnAPasswordChangeSpendTheSignInFailureBudget() {
        Account account = api.newAccount();
        for (int i = 0; i < 3; i++) {
            Response wrong = api.changePassword(account.token(), "wrong password " + i, "a brand new password");
            assertThat(wrong.status()).as(wrong.toString()).isEqualTo(403);
        }

        Response locked = api.changePassword(account.token(), account.password(), "a brand new password");
        assertThat(locked.status()).as(locked.toString()).isEqualTo(429);
        assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(1L, 15 * 60L);
        assertThat(signIn(account.email(), account.password()).status())
                .as("one budget for both")
                .isEqualTo(429);
    }

    @Test
    void aPasswordChangeWithTheRightCurrentPasswordDoesNotCountAsAFailure() {
        Account account = api.newAccount();
        for (int i = 0; i < 2; i++) {
            assertThat(signIn(account.email(), "wrong password " + i).status()).isEqualTo(401);
        }
        Response changed = api.changePassword(account.token(), account.password(), "a brand new password");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(204);

        assertThat(signIn(account.email(), "a brand new password").status()).isEqualTo(200);
    }
}
