package org.blogplatform.accounts.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.blogplatform.accounts.support.ApiClient.Account;
import org.blogplatform.accounts.support.ApiClient.Response;
import org.blogplatform.accounts.support.ApiTest;
import org.blogplatform.accounts.support.OnH2;
import org.blogplatform.accounts.support.OnPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The pages over plain HTTP: headers, CSRF, errors by route, statement budgets. The browser tests do the rest. */
abstract class PagesHttpApiTests extends ApiTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void pagesForbidInlineScriptAndStyleAndFraming() {
        Response home = api.get("/");

        assertThat(home.status()).isEqualTo(200);
        assertThat(home.header("Content-Type")).startsWith("text/html");
        String policy = home.header("Content-Security-Policy");
        assertThat(policy).contains("default-src 'self'", "frame-ancestors 'none'", "form-action 'self'");
        assertThat(policy).doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(home.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(home.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(home.header("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(home.body()).doesNotContain("<script>", "style=\"", "<style");
    }

    @Test
    void pagesWhoseAddressCarriesATokenSendNoReferrer() {
        assertThat(api.get("/reset-password?token=abc").header("Referrer-Policy"))
                .isEqualTo("no-referrer");
        assertThat(api.get("/verify-email?token=abc").header("Referrer-Policy")).isEqualTo("no-referrer");
    }

    @Test
    void aFormPostWithoutItsCsrfTokenIsRefusedAndChangesNothing() {
        String email = "csrf-" + UUID.randomUUID() + "@example.com";

        Response post = api.send(
                "POST",
                "/signup",
                "application/x-www-form-urlencoded",
                "name=Eve&email=" + email + "&password=correct+horse+battery",
                null);

        assertThat(post.status()).isEqualTo(403);
        assertThat(post.header("Content-Type")).startsWith("text/html");
        assertThat(post.body()).contains("That form has expired");
        assertThat(jdbc.queryForObject("select count(*) from users where email = ?", Integer.class, email))
                .isZero();
    }

    @Test
    void unknownAuthorsAreAFriendlyPageButTheApiKeepsProblemDetails() {
        Response page = api.get("/u/999999999");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("This page does not exist");

        assertThat(api.get("/u/not-a-number").status()).isEqualTo(404);

        assertProblem(api.get("/users/999999999"), 404);
    }

    @Test
    void theApiSetsNoCookieAndIgnoresPageCookies() {
        Response page = api.get("/signup");
        assertThat(page.header("Set-Cookie")).startsWith("csrf=").contains("HttpOnly", "SameSite=Lax");

        Response api1 = api.send("GET", "/users/me", null, null, null, Map.of("Cookie", page.header("Set-Cookie")));
        assertProblem(api1, 401);
        assertThat(api1.header("Set-Cookie")).isNull();
        assertThat(api.get("/users").header("Set-Cookie")).isNull();
    }

    @Test
    void aSignedInPageCookieNeverAuthenticatesAnApiRequest() {
        Account account = api.newAccount();
        Response form = api.get("/signin");
        String csrfCookie = form.header("Set-Cookie").split(";")[0];
        Matcher hidden = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(hidden.find()).isTrue();

        Response signedIn = api.send(
                "POST",
                "/signin",
                "application/x-www-form-urlencoded",
                "_csrf=" + hidden.group(1) + "&email=" + URLEncoder.encode(account.email(), StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(account.password(), StandardCharsets.UTF_8),
                null,
                Map.of("Cookie", csrfCookie));
        assertThat(signedIn.status()).isEqualTo(302);
        String session = signedIn.header("Set-Cookie");
        assertThat(session).startsWith("session=").contains("HttpOnly", "SameSite=Lax", "Path=/");

        Response home = api.send("GET", "/", null, null, null, Map.of("Cookie", session.split(";")[0]));
        assertThat(home.body()).contains("Signed in as Ada");
        assertProblem(api.send("GET", "/users/me", null, null, null, Map.of("Cookie", session.split(";")[0])), 401);
    }

    @Test
    void anAuthorPageShowsNameBioAndLinksButNeverTheEmail() {
        Account account = api.newAccount();
        api.send(
                "PUT",
                "/users/me/profile",
                "application/json",
                "{\"bio\":\"Writes about compilers\",\"website_url\":\"https://ada.example\",\"github\":\"ada-l\"}",
                account.token());

        Response page = api.get("/u/" + account.id());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("<h1>Ada</h1>", "Writes about compilers")
                .contains("href=\"https://ada.example\"", "href=\"https://github.com/ada-l\"")
                .doesNotContain(account.email());
        assertThat(page.body().split("rel=\"nofollow ugc noopener\"", -1)).hasSize(3);
    }

    @Test
    void anAuthorPageAndADirectoryPageAreOneStatementEach() {
        Account account = api.newAccount();

        statements.reset();
        assertThat(api.get("/u/" + account.id()).status()).isEqualTo(200);
        assertThat(statements.count()).isEqualTo(1);

        statements.reset();
        assertThat(api.get("/authors?after=" + (account.id() - 1)).status()).isEqualTo(200);
        assertThat(statements.count()).isEqualTo(1);
    }

    @Test
    void theDirectoryLinksToTheNextPageByCursor() {
        long before = jdbc.queryForObject("select coalesce(max(id), 0) from users", Long.class);
        for (int i = 0; i <= AuthorPages.PAGE_SIZE; i++) {
            jdbc.update(
                    "insert into users (email, name, password_hash) values (?, ?, 'not-a-hash')",
                    "page-" + UUID.randomUUID() + "@example.com",
                    "Author " + i);
        }

        Response first = api.get("/authors?after=" + before);

        assertThat(first.body()).contains(">Author 0<", ">Author 19<").doesNotContain(">Author 20<");
        long twentieth = before + AuthorPages.PAGE_SIZE;
        assertThat(first.body()).contains("href=\"/authors?after=" + twentieth + "\"");
        assertThat(api.get("/authors?after=" + twentieth).body())
                .contains(">Author 20<")
                .doesNotContain("rel=\"next\"");
    }
}

@OnH2
class PagesHttpApiOnH2Test extends PagesHttpApiTests {}

@OnPostgres
class PagesHttpApiOnPostgresTest extends PagesHttpApiTests {}
