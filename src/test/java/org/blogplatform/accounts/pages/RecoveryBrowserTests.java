package org.blogplatform.accounts.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.blogplatform.accounts.support.ApiClient.Account;
import org.blogplatform.accounts.support.ApiTest;
import org.blogplatform.accounts.support.Browser;
import org.blogplatform.accounts.support.BrowserAvailable;
import org.blogplatform.accounts.support.MailServer;
import org.blogplatform.accounts.support.OnH2;
import org.blogplatform.accounts.support.OnPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The mailed links in headless chromium, mail received by a real SMTP server: verification, password reset and
 * email change, by keyboard only, checked by axe-core and photographed.
 */
@ExtendWith(BrowserAvailable.class)
abstract class RecoveryBrowserTests extends ApiTest {

    private static final String NEW_PASSWORD = "difference engine 1822";

    private final List<Browser> browsers = new ArrayList<>();

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(Browser::close);
    }

    private Browser newBrowser() {
        Browser browser = new Browser(baseUrl());
        browsers.add(browser);
        return browser;
    }

    private static Browser signIn(Browser browser, String email, String password) {
        browser.open("/signin").type("email", email).type("password", password).pressButton("Sign in");
        return browser;
    }

    private static void assertAccessible(Browser browser, String screenshot) {
        assertThat(browser.seriousAccessibilityViolations()).as(browser.path()).isEmpty();
        browser.screenshots(screenshot);
    }

    /** Where the n-th mail to this address links to, on the server under test. */
    private static String mailedLink(String recipient, int n, String page) {
        String text = MailServer.awaitMail(recipient, n);
        assertThat(text).contains(page + "?token=");
        return page + "?token=" + MailServer.tokenIn(text);
    }

    @Test
    void theVerificationMailsLinkVerifiesANewAccountThatThenSignsOutAndIn() {
        String email = "ada-" + UUID.randomUUID() + "@example.com";
        Browser browser = newBrowser().open("/signup");
        browser.type("name", "Ada Lovelace")
                .type("email", email)
                .type("password", "analytical engine 1843")
                .pressButton("Create account");
        assertThat(browser.find(By.id("email-status")).getText()).contains(email, "not verified yet");

        browser.open(mailedLink(email, 1, "/verify-email"));
        assertThat(browser.heading()).isEqualTo("Confirm your email address");
        assertAccessible(browser, "verify-email");
        browser.pressButton("Confirm my email address");
        assertThat(browser.heading()).isEqualTo("Your email address is confirmed");
        assertAccessible(browser, "verify-email-done");

        browser.press(By.linkText("Go to your account"));
        assertThat(browser.find(By.id("email-status")).getText())
                .contains(email, "verified")
                .doesNotContain("not");
        browser.open("/");
        assertThat(browser.find(By.id("email-status")).getText()).isEqualTo(email + " · verified");

        browser.pressButton("Sign out");
        signIn(browser, email, "analytical engine 1843");
        assertThat(browser.heading()).isEqualTo("Signed in as Ada Lovelace");
    }

    @Test
    void aSpentOrUnknownLinkSaysSoInTheApisWords() {
        Browser browser = newBrowser().open("/verify-email?token=" + "x".repeat(43));
        assertThat(browser.find(By.id("invalid-link")).getText()).isEqualTo("The link is invalid or has expired");
        assertAccessible(browser, "verify-email-invalid");
        browser.open("/reset-password?token=" + "x".repeat(43));
        assertThat(browser.find(By.id("invalid-link")).getText()).isEqualTo("The link is invalid or has expired");
        assertAccessible(browser, "reset-password-invalid");
    }

    @Test
    void aForgottenPasswordIsResetByTheMailedLinkAndEveryOtherBrowserIsSignedOut() {
        Account account = api.newAccount();
        Browser phone = signIn(newBrowser(), account.email(), account.password());
        assertThat(phone.heading()).startsWith("Signed in as");

        Browser browser = newBrowser().open("/signin");
        browser.press(By.linkText("Forgot your password?"));
        assertThat(browser.path()).isEqualTo("/forgot-password");
        assertAccessible(browser, "forgot-password");
        browser.type("email", account.email()).pressButton("Send the link");
        assertThat(browser.find(By.id("reset-sent")).getText()).startsWith("If an account has this address");
        assertAccessible(browser, "forgot-password-sent");

        String link = mailedLink(account.email(), 2, "/reset-password");
        browser.open(link);
        assertThat(browser.heading()).isEqualTo("Choose a new password");
        assertAccessible(browser, "reset-password");
        browser.type("newPassword", account.email()).pressButton("Set the new password");
        assertThat(browser.find(By.id("newPassword-error")).getText()).isNotBlank();
        assertAccessible(browser, "reset-password-errors");
        browser.type("newPassword", NEW_PASSWORD).pressButton("Set the new password");
        assertThat(browser.heading()).isEqualTo("Your password is changed");
        assertAccessible(browser, "reset-password-done");

        browser.press(By.linkText("Sign in"));
        browser.type("email", account.email())
                .type("password", account.password())
                .pressButton("Sign in");
        assertThat(browser.find(By.id("signin-error")).getText()).isEqualTo("Incorrect email or password.");
        browser.type("email", account.email()).type("password", NEW_PASSWORD).pressButton("Sign in");
        assertThat(browser.heading()).startsWith("Signed in as");

        phone.open("/settings/profile");
        assertThat(phone.path()).isEqualTo("/signin");
        browser.open(link);
        assertThat(browser.find(By.id("invalid-link")).getText()).isEqualTo("The link is invalid or has expired");
    }

    @Test
    void anEmailChangeFromTheAccountPageTakesEffectWhenTheNewAddressesLinkIsOpened() {
        Account account = api.newAccount();
        String newEmail = "moved-" + UUID.randomUUID() + "@example.com";
        Browser browser = signIn(newBrowser(), account.email(), account.password());

        browser.open("/settings/account");
        browser.type("new-email", newEmail)
                .type("email-password", "not my password")
                .pressButton("Change email");
        assertThat(browser.find(By.id("email-password-error")).getText())
                .isEqualTo("The current password is not correct");
        assertThat(browser.find(By.id("new-email")).getDomProperty("value")).isEqualTo(newEmail);
        assertAccessible(browser, "settings-account-email-errors");
        browser.type("email-password", account.password()).pressButton("Change email");
        assertThat(browser.text()).contains("We sent a link to your new address");
        assertThat(browser.find(By.id("email-status")).getText()).contains(account.email());
        assertAccessible(browser, "settings-account-email-sent");

        browser.open(mailedLink(newEmail, 1, "/verify-email")).pressButton("Confirm my email address");
        assertThat(browser.heading()).isEqualTo("Your email address is confirmed");
        browser.open("/settings/account");
        assertThat(browser.find(By.id("email-status")).getText()).isEqualTo(newEmail + " · verified");

        browser.pressButton("Sign out");
        signIn(browser, account.email(), account.password());
        assertThat(browser.find(By.id("signin-error")).getText()).isEqualTo("Incorrect email or password.");
        signIn(browser, newEmail, account.password());
        assertThat(browser.heading()).startsWith("Signed in as");
    }
}

@OnH2
class RecoveryBrowserOnH2Test extends RecoveryBrowserTests {}

@OnPostgres
class RecoveryBrowserOnPostgresTest extends RecoveryBrowserTests {}
