package org.blogplatform.accounts.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.blogplatform.accounts.support.ApiClient;
import org.blogplatform.accounts.support.ApiClient.Response;
import org.blogplatform.accounts.support.OnOwnH2;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

@OnOwnH2
@TestPropertySource(
        properties = {
            "accounts.limits.client-requests-per-minute=5",
            // trusted, but not the peer these tests connect from
            "accounts.trusted-proxies=10.0.0.0/8",
            // a platform on which Spring Boot would trust X-Forwarded-For by itself, unless told not to
            "spring.main.cloud-platform=kubernetes"
        })
class ClientRateLimitApiTest {

    private static final String SIGN_IN = "{\"email\":\"a@example.com\",\"password\":\"whatever it is\"}";

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
        assertThat(accepted)
                .as("X-Forwarded-For from a peer that is not a trusted proxy")
                .isEqualTo(5);
        assertThat(last.status()).isEqualTo(429);
        assertThat(last.header("Retry-After")).isNotNull();

        Response signIn = api.postJson("/auth/token", Map.of("email", "a@example.com", "password", "whatever it is"));
        assertThat(signIn.status()).as("separate budget per endpoint").isEqualTo(401);
        assertThat(api.get("/users/1").status()).as("reads are not limited").isNotEqualTo(429);
    }

    @Test
    void everySpellingOfAPathThatReachesAnEndpointSharesItsBudget() {
        ApiClient api = new ApiClient(port);
        exhaust(api, "/auth/token");
        for (String spelling : List.of(
                "/auth/%74oken",
                "/auth/t%6Fken",
                "/auth/t%6fken",
                "/%61uth/token",
                "/%61%75%74%68/%74%6F%6B%65%6E",
                "/%61uth/%74oken")) {
            Response response = api.send("POST", spelling, "application/json", SIGN_IN, null);
            assertThat(response.status()).as(spelling + " " + response).isEqualTo(429);
        }
        exhaust(api, "/users/register");
        for (String spelling : List.of("/users/%72egister", "/%75sers/register", "/users/regist%65r")) {
            Response response = api.send("POST", spelling, "application/json", "{}", null);
            assertThat(response.status()).as(spelling + " " + response).isEqualTo(429);
        }
    }

    @Test
    void spellingsThatAreNotNormalizedAreRefusedBeforeReachingAnyEndpoint() {
        ApiClient api = new ApiClient(port);
        for (String spelling : List.of(
                "//auth/token",
                "/auth//token",
                "/auth/token;x",
                "/auth;x/token",
                "/./auth/token",
                "/auth/../auth/token",
                "/auth/%2E/token",
                "/auth%2Ftoken")) {
            Response response = api.send("POST", spelling, "application/json", SIGN_IN, null);
            assertThat(response.status()).as(spelling + " " + response).isEqualTo(400);
        }
        Response trailingSlash = api.send("POST", "/auth/token/", "application/json", SIGN_IN, null);
        assertThat(trailingSlash.status())
                .as("not the sign-in route, and not a public one")
                .isEqualTo(401);
    }

    /** Spends the address's budget on a route through its plain path, up to the first 429. */
    private static void exhaust(ApiClient api, String path) {
        Response response;
        int sent = 0;
        do {
            response = api.send("POST", path, "application/json", SIGN_IN, null);
            sent++;
        } while (response.status() != 429 && sent <= 6);
        assertThat(response.status()).as(response.toString()).isEqualTo(429);
    }
}
