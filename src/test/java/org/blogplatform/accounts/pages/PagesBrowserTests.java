package org.blogplatform.accounts.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.blogplatform.accounts.support.ApiClient.Account;
import org.blogplatform.accounts.support.ApiTest;
import org.blogplatform.accounts.support.Browser;
import org.blogplatform.accounts.support.BrowserAvailable;
import org.blogplatform.accounts.support.OnH2;
import org.blogplatform.accounts.support.OnPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The pages in headless chromium, driven by keyboard only, checked by axe-core, photographed. */
@ExtendWith(BrowserAvailable.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PagesBrowserTests extends ApiTest {

    @Autowired
    JdbcTemplate jdbc;

    Browser browser;

    @BeforeAll
    void startBrowser() {
        browser = new Browser(baseUrl());
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private void assertAccessible(String screenshot) {
        assertThat(browser.seriousAccessibilityViolations()).as(browser.path()).isEmpty();
        browser.screenshots(screenshot);
    }

    @Test
    void signingUpByKeyboardSignsTheNewAccountInAndSigningOutAndInAgainWorks() {
        String email = "ada-" + UUID.randomUUID() + "@example.com";
        browser.open("/");
        assertAccessible("home");

        browser.press(By.linkText("Create an account"));
        assertThat(browser.path()).isEqualTo("/signup");
        assertAccessible("signup");
        browser.type("name", "Ada Lovelace")
                .type("email", email)
                .type("password", "analytical engine 1843")
                .pressButton("Create account");

        assertThat(browser.heading()).isEqualTo("Signed in as Ada Lovelace");
        assertThat(browser.text()).contains("Your account is ready");
        assertAccessible("home-signed-in");
        assertThat(jdbc.queryForObject("select name from users where email = ?", String.class, email))
                .isEqualTo("Ada Lovelace");

        browser.pressButton("Sign out");
        assertThat(browser.heading()).isEqualTo("Accounts of the blog platform");
        browser.press(By.linkText("Sign in"));
        assertAccessible("signin");
        browser.type("email", email).type("password", "analytical engine 1843").pressButton("Sign in");
        assertThat(browser.heading()).isEqualTo("Signed in as Ada Lovelace");
        browser.pressButton("Sign out");
    }

    @Test
    void aWrongPasswordIsOneMessageForWrongEmailAndWrongPasswordAlike() {
        Account account = api.newAccount();
        browser.open("/signin")
                .type("email", account.email())
                .type("password", "not the password")
                .pressButton("Sign in");

        assertThat(browser.find(By.id("signin-error")).getText()).isEqualTo("Incorrect email or password.");
        assertThat(browser.find(By.id("email")).getDomProperty("value")).isEqualTo(account.email());
        assertAccessible("signin-failed");

        browser.type("email", "nobody-" + UUID.randomUUID() + "@example.com")
                .type("password", "not the password")
                .pressButton("Sign in");
        assertThat(browser.find(By.id("signin-error")).getText()).isEqualTo("Incorrect email or password.");
    }

    @Test
    void signUpErrorsAreShownNextToTheirFieldsInTheApisWords() {
        Account taken = api.newAccount();
        browser.open("/signup")
                .type("name", "Ada")
                .type("email", taken.email())
                .type("password", "short")
                .pressButton("Create account");

        WebElement password = browser.find(By.id("password"));
        assertThat(password.getDomAttribute("aria-invalid")).isEqualTo("true");
        String apiWords = api.postJson(
                        "/users/register", Map.of("name", "Ada", "email", taken.email(), "password", "short"))
                .json()
                .get("errors")
                .get(0)
                .get("message")
                .asString();
        assertThat(browser.find(By.id("password-error")).getText()).isEqualTo(apiWords);
        assertThat(browser.find(By.id("email")).getDomProperty("value")).isEqualTo(taken.email());
        assertThat(password.getDomProperty("value")).isEmpty();
        assertAccessible("signup-errors");

        browser.type("password", "analytical engine 1843").pressButton("Create account");
        assertThat(browser.find(By.id("email-error")).getText()).isEqualTo("This email is already registered");
    }

    @Test
    void anAuthorPageShowsTheProfileAndLinksButNoEmail() {
        Account account = api.newAccount();
        api.send(
                "PUT",
                "/users/me/profile",
                "application/json",
                "{\"bio\":\"Writes about compilers.\\nAnd engines.\",\"website_url\":\"https://ada.example\","
                        + "\"twitter\":\"@ada\",\"github\":\"ada-l\",\"avatar_url\":\"" + baseUrl()
                        + "/assets/favicon.svg\"}",
                account.token());

        browser.open("/authors?after=" + (account.id() - 1));
        assertAccessible("authors");
        browser.press(By.linkText("Ada"));

        assertThat(browser.path()).isEqualTo("/u/" + account.id());
        assertThat(browser.heading()).isEqualTo("Ada");
        assertThat(browser.text()).contains("Writes about compilers.").doesNotContain(account.email());
        assertThat(browser.findAll(By.cssSelector("a[rel='nofollow ugc noopener']")))
                .extracting(link -> link.getDomAttribute("href"))
                .containsExactly("https://ada.example", "https://x.com/ada", "https://github.com/ada-l");
        assertAccessible("author");
    }

    @Test
    void aMissingPageIsAFriendlyPage() {
        browser.open("/u/999999999");
        assertThat(browser.heading()).isEqualTo("This page does not exist");
        assertAccessible("not-found");
    }
}

@OnH2
class PagesBrowserOnH2Test extends PagesBrowserTests {}

@OnPostgres
class PagesBrowserOnPostgresTest extends PagesBrowserTests {}
