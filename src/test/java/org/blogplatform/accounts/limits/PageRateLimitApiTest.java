package org.blogplatform.accounts.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.blogplatform.accounts.support.ApiClient;
import org.blogplatform.accounts.support.ApiClient.Response;
import org.blogplatform.accounts.support.OnOwnH2;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** A context of its own: each test spends this address's whole budget of an endpoint. */
@OnOwnH2
@TestPropertySource(properties = "accounts.limits.client-requests-per-minute=3")
class PageRateLimitApiTest {

    @LocalServerPort
    int port;

    @Test
    void theSignInPageSpendsTheTokenEndpointsBudgetRatherThanAddingItsOwn() {
        ApiClient api = new ApiClient(port);
        Response form = api.get("/signin");
        String csrfCookie = form.header("Set-Cookie").split(";")[0];
        Matcher hidden = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(hidden.find()).isTrue();
        for (int i = 0; i < 3; i++) {
            Response token = api.postJson("/auth/token", Map.of("email", "a@example.com", "password", "whatever"));
            assertThat(token.status()).isEqualTo(401);
        }

        Response page = api.send(
                "POST",
                "/signin",
                "application/x-www-form-urlencoded",
                "_csrf=" + hidden.group(1) + "&email=a%40example.com&password=whatever",
                null,
                Map.of("Cookie", csrfCookie));

        assertThat(page.status()).as(page.toString()).isEqualTo(429);
        assertThat(page.header("Content-Type")).startsWith("text/html");
    }

    @Test
    void theMailedLinksPagesSpendTheirEndpointsBudgets() {
        ApiClient api = new ApiClient(port);
        Response form = api.get("/signin");
        Map<String, String> cookie = Map.of("Cookie", form.header("Set-Cookie").split(";")[0]);
        Matcher hidden = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(hidden.find()).isTrue();
        for (int i = 0; i < 3; i++) {
            assertThat(api.postJson("/auth/password-reset/confirm", Map.of("token", "x", "new_password", "y".repeat(9)))
                            .status())
                    .isEqualTo(400);
            assertThat(api.postJson("/auth/verify-email", Map.of("token", "x")).status())
                    .isEqualTo(400);
        }

        for (String page : new String[] {"/reset-password", "/verify-email"}) {
            Response refused = api.send(
                    "POST",
                    page,
                    "application/x-www-form-urlencoded",
                    "_csrf=" + hidden.group(1) + "&token=x&newPassword=yyyyyyyyy",
                    null,
                    cookie);
            assertThat(refused.status()).as(page + " " + refused).isEqualTo(429);
            assertThat(refused.header("Content-Type")).startsWith("text/html");
        }
    }
}
