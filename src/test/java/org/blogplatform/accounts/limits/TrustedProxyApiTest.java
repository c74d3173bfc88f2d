package org.blogplatform.accounts.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.blogplatform.accounts.support.ApiClient;
import org.blogplatform.accounts.support.ApiClient.Account;
import org.blogplatform.accounts.support.ApiClient.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The tests connect from 127.0.0.1, here a trusted proxy: the client is the address it forwards. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:trusted-proxy;DB_CLOSE_DELAY=-1",
            "accounts.jwt.secret=" + ApiClient.TEST_SECRET,
            "accounts.limits.client-requests-per-minute=3",
            "accounts.trusted-proxies= 127.0.0.1 , 10.0.0.0/8"
        })
class TrustedProxyApiTest {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }

    private Response signInFrom(String forwardedFor) {
        return api.send(
                "POST",
                "/auth/token",
                "application/json",
                "{\"email\":\"a@example.com\",\"password\":\"whatever it is\"}",
                null,
                Map.of("X-Forwarded-For", forwardedFor));
    }

    private void exhaustFrom(String forwardedFor) {
        for (int i = 0; i < 3; i++) {
            assertThat(signInFrom(forwardedFor).status()).isEqualTo(401);
        }
        assertThat(signInFrom(forwardedFor).status()).isEqualTo(429);
    }

    @Test
    void eachClientForwardedByATrustedProxyHasABudgetOfItsOwn() {
        exhaustFrom("198.51.100.1");

        assertThat(signInFrom("198.51.100.2").status()).isEqualTo(401);
    }

    @Test
    void theClientIsTheRightMostForwardedAddressThatIsNotATrustedProxy() {
        exhaustFrom("198.51.100.3");

        assertThat(signInFrom("203.0.113.66, 198.51.100.3").status())
                .as("what the client wrote itself, left of the proxy's entry, is ignored")
                .isEqualTo(429);
        assertThat(signInFrom("198.51.100.3, 10.1.2.3").status())
                .as("a second trusted proxy in the chain is skipped")
                .isEqualTo(429);
        assertThat(signInFrom("198.51.100.3, 203.0.113.67").status())
                .as("the right-most untrusted address is the client")
                .isEqualTo(401);
    }

    @Test
    void passwordChangesHaveAPerAddressLimitToo() {
        Account account = api.newAccount();
        Map<String, String> from = Map.of("X-Forwarded-For", "198.51.100.9");
        String body = ApiClient.json(Map.of("current_password", "not the password", "new_password", "whatever new"));
        for (int i = 0; i < 3; i++) {
            Response wrong = api.send("PUT", "/users/me/password", "application/json", body, account.token(), from);
            assertThat(wrong.status()).as(wrong.toString()).isEqualTo(403);
        }
        Response limited = api.send("PUT", "/users/me/password", "application/json", body, account.token(), from);
        assertThat(limited.status()).as(limited.toString()).isEqualTo(429);
        assertThat(limited.header("Retry-After")).isNotNull();
    }

    @Test
    void emailChangesHaveAPerAddressLimitToo() {
        Account account = api.newAccount();
        Map<String, String> from = Map.of("X-Forwarded-For", "198.51.100.10");
        String body = ApiClient.json(Map.of("new_email", "elsewhere@example.com", "current_password", "not it"));
        for (int i = 0; i < 3; i++) {
            Response wrong = api.send("PUT", "/users/me/email", "application/json", body, account.token(), from);
            assertThat(wrong.status()).as(wrong.toString()).isEqualTo(403);
        }
        Response limited = api.send("PUT", "/users/me/email", "application/json", body, account.token(), from);
        assertThat(limited.status()).as(limited.toString()).isEqualTo(429);
    }
}
