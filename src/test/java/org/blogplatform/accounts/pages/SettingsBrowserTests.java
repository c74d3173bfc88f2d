package org.blogplatform.accounts.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.blogplatform.accounts.support.ApiClient.Account;
import org.blogplatform.accounts.support.ApiTest;
import org.blogplatform.accounts.support.Browser;
import org.blogplatform.accounts.support.BrowserAvailable;
import org.blogplatform.accounts.support.OnH2;
import org.blogplatform.accounts.support.OnPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The signed-in pages in headless chromium, by keyboard only, checked by axe-core and photographed. */
@ExtendWith(BrowserAvailable.class)
abstract class SettingsBrowserTests extends ApiTest {

    @Autowired
    JdbcTemplate jdbc;

    private final List<Browser> browsers = new ArrayList<>();

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(Browser::close);
    }

    private Browser signedIn(Account account) {
        Browser browser = new Browser(baseUrl());
        browsers.add(browser);
        browser.open("/signin")
                .type("email", account.email())
                .type("password", account.password())
                .pressButton("Sign in");
        assertThat(browser.heading()).startsWith("Signed in as");
        return browser;
    }

    private static void assertAccessible(Browser browser, String screenshot) {
        assertThat(browser.seriousAccessibilityViolations()).as(browser.path()).isEmpty();
        browser.screenshots(screenshot);
    }

    private String storedBio(Account account) {
        return jdbc.queryForObject("select bio from user_profiles where user_id = ?", String.class, account.id());
    }

    @Test
    void anInvalidHandleIsShownInlineThenTheFixedProfileIsSavedAndPublicWithoutTheEmail() {
        Account account = api.newAccount();
        Browser browser = signedIn(account);

        browser.press(By.linkText("Edit your profile"));
        assertAccessible(browser, "settings-profile");
        browser.type("bio", "Writes about compilers 🚀")
                .type("websiteUrl", "https://ada.example")
                .type("github", "not a handle!")
                .pressButton("Save profile");

        assertThat(browser.find(By.id("github-error")).getText()).isEqualTo("must be letters, digits, _ or -");
        assertThat(browser.find(By.id("github")).getDomAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(browser.find(By.id("bio")).getDomProperty("value")).isEqualTo("Writes about compilers 🚀");
        assertThat(browser.find(By.id("bio-count")).getText()).isEqualTo("24 of 500 characters");
        assertAccessible(browser, "settings-profile-errors");
        assertThat(storedBio(account)).isNull();

        browser.type("github", "ada-l").pressButton("Save profile");
        assertThat(browser.text()).contains("Your profile is saved.");

        browser.press(By.linkText("See your public page"));
        assertThat(browser.path()).isEqualTo("/u/" + account.id());
        assertThat(browser.text())
                .contains("Writes about compilers 🚀", "ada-l")
                .doesNotContain(account.email());
    }

    @Test
    void aSaveFromAStaleSecondTabSaysTheProfileChangedMeanwhileAndLosesNothing() {
        Account account = api.newAccount();
        Browser browser = signedIn(account);
        String first = browser.driver().getWindowHandle();
        browser.open("/settings/profile");
        browser.driver().switchTo().newWindow(WindowType.TAB);
        browser.open("/settings/profile");
        browser.type("bio", "Saved in the second tab").pressButton("Save profile");

        browser.driver().switchTo().window(first);
        browser.type("bio", "Typed in the first tab").pressButton("Save profile");

        assertThat(browser.find(By.id("changed-meanwhile")).getText())
                .contains("Your profile was changed since you opened this page");
        assertThat(browser.find(By.id("bio")).getDomProperty("value")).isEqualTo("Typed in the first tab");
        assertThat(storedBio(account)).isEqualTo("Saved in the second tab");
        assertAccessible(browser, "settings-profile-changed-meanwhile");

        browser.pressButton("Save profile");
        assertThat(storedBio(account)).isEqualTo("Typed in the first tab");
    }

    @Test
    void signingAnotherBrowserOutFromTheSessionsPageSendsItToSignIn() {
        Account account = api.newAccount();
        Browser laptop = signedIn(account);
        Browser phone = signedIn(account);

        laptop.open("/settings/sessions");
        assertThat(laptop.findAll(By.cssSelector("tbody tr"))).hasSize(3); // two browsers and the API client
        assertAccessible(laptop, "settings-sessions");
        laptop.pressButton("Sign out every other session");
        assertThat(laptop.text()).contains("Every other session is signed out.");
        assertThat(laptop.findAll(By.cssSelector("tbody tr"))).hasSize(1);

        phone.open("/settings/profile");
        assertThat(phone.path()).isEqualTo("/signin");
        laptop.open("/settings/profile");
        assertThat(laptop.path()).isEqualTo("/settings/profile");
        assertProblem(api.get("/users/me", account.token()), 401);
    }

    @Test
    void oneOtherSessionCanBeSignedOutAlone() {
        Account account = api.newAccount();
        Browser laptop = signedIn(account);
        Browser phone = signedIn(account);

        laptop.open("/settings/sessions");
        int rows = laptop.findAll(By.cssSelector("tbody tr")).size();
        laptop.press(By.xpath("//button[starts-with(@aria-label, 'Sign out Chrome on Linux,')]"));

        assertThat(laptop.findAll(By.cssSelector("tbody tr"))).hasSize(rows - 1);
        phone.open("/settings/profile");
        assertThat(phone.path()).isEqualTo("/signin");
    }

    @Test
    void theAccountPageRenamesChangesThePasswordAndDeletesWithThePassword() {
        Account account = api.newAccount();
        Browser browser = signedIn(account);

        browser.open("/settings/account");
        assertAccessible(browser, "settings-account");
        browser.type("name", "Ada King").pressButton("Change name");
        assertThat(browser.text()).contains("Your name is changed.");

        browser.type("currentPassword", "not my password")
                .type("newPassword", "difference engine 1822")
                .pressButton("Change password");
        assertThat(browser.find(By.id("currentPassword-error")).getText())
                .isEqualTo("The current password is not correct");
        browser.type("currentPassword", account.password())
                .type("newPassword", "password")
                .pressButton("Change password");
        assertThat(browser.find(By.id("newPassword-error")).getText()).isNotBlank();
        assertAccessible(browser, "settings-account-errors");
        browser.type("currentPassword", account.password())
                .type("newPassword", "difference engine 1822")
                .pressButton("Change password");
        assertThat(browser.text()).contains("Your password is changed.");
        assertProblem(api.get("/users/me", account.token()), 401);
        assertThat(api.token(account.email(), "difference engine 1822")).isNotBlank();

        browser.type("delete-password", account.password()).pressButton("Delete my account");
        assertThat(browser.find(By.id("delete-password-error")).getText())
                .isEqualTo("The current password is not correct");
        browser.type("delete-password", "difference engine 1822").pressButton("Delete my account");
        assertThat(browser.text()).contains("Your account is deleted.");
        assertThat(jdbc.queryForObject("select count(*) from users where id = ?", Integer.class, account.id()))
                .isZero();
        assertThat(api.get("/u/" + account.id()).status()).isEqualTo(404);
    }

    @Test
    void settingsNeedASignedInBrowser() {
        Browser browser = new Browser(baseUrl());
        browsers.add(browser);
        for (String page : List.of("/settings/profile", "/settings/account", "/settings/sessions")) {
            browser.open(page);
            assertThat(browser.path()).isEqualTo("/signin");
        }
    }
}

@OnH2
class SettingsBrowserOnH2Test extends SettingsBrowserTests {}

@OnPostgres
class SettingsBrowserOnPostgresTest extends SettingsBrowserTests {}
