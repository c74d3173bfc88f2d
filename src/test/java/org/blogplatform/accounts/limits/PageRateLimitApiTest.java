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

/** A context of its own: the test spends this address's whole budget. */
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
}
