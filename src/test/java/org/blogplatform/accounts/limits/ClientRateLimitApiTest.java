package org.blogplatform.accounts.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.blogplatform.accounts.support.ApiClient;
import org.blogplatform.accounts.support.ApiClient.Response;
import org.blogplatform.accounts.support.OnOwnH2;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

@OnOwnH2
@TestPropertySource(properties = "accounts.limits.client-requests-per-minute=5")
class ClientRateLimitApiTest {

    @LocalServerPort
    int port;

    @Test
    void oneAddressGetsAtMostTheConfiguredRequestsPerMinuteOnEachCostlyEndpoint() {
        ApiClient api = new ApiClient(port);
        Map<String, String> spoofed = Map.of("X-Forwarded-For", "203.0.113.7");
        int accepted = 0;
        Response last = null;
        for (int i = 0; i < 7; i++) {
            last = api.send(
                    "POST", "/users/register", "application/json", "{\"email\":\"not an email\"}", null, spoofed);
            if (last.status() != 429) {
                accepted++;
            }
        }
        assertThat(accepted).as("X-Forwarded-For is not trusted by default").isEqualTo(5);
        assertThat(last.status()).isEqualTo(429);
        assertThat(last.header("Retry-After")).isNotNull();

        Response signIn = api.postJson("/auth/token", Map.of("email", "a@example.com", "password", "whatever it is"));
        assertThat(signIn.status()).as("separate budget per endpoint").isEqualTo(401);
        assertThat(api.get("/users/1").status()).as("reads are not limited").isNotEqualTo(429);
    }
}
