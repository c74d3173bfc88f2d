package org.blogplatform.accounts.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.blogplatform.accounts.support.ApiClient.Account;
import org.blogplatform.accounts.support.ApiClient.Response;
import org.blogplatform.accounts.support.ApiTest;
import org.blogplatform.accounts.support.MailServer;
import org.blogplatform.accounts.support.OnH2;
import org.blogplatform.accounts.support.OnPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The pages that take the mails' links, and the account page's email forms, over plain HTTP. */
abstract class RecoveryPagesHttpApiTests extends ApiTest {

    PageClient page;

    @BeforeEach
    void newBrowser() {
        page = new PageClient(api);
    }

    private String apisInvalidLinkWords() {
        return api.postJson("/auth/verify-email", Map.of("token", "not-a-token"))
                .json()
                .get("detail")
                .asString();
    }

    private boolean verified(Account account) {
        return jdbc.queryForObject("select email_verified from users where id = ?", Boolean.class, account.id());
    }

    @Test
    void openingAVerificationLinkSpendsNothingUntilItsButtonIsPressed() {
        Account account = api.newAccount();
        String token = MailServer.awaitToken(account.email(), 1);

        for (int i = 0; i < 2; i++) { // a mail scanner's fetch, then the person's
            Response opened = page.get("/verify-email?token=" + token);
            assertThat(opened.status()).isEqualTo(200);
            assertThat(opened.header("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(opened.body()).contains("Confirm my email address");
        }
        assertThat(verified(account)).isFalse();

        Response confirmed = page.post("/verify-email", Map.of("token", token));
        assertThat(confirmed.status()).isEqualTo(302);
        assertThat(confirmed.header("Location")).endsWith("/verify-email?done");
        assertThat(verified(account)).isTrue();
        assertThat(page.get("/verify-email?done").body()).contains("Your email address is confirmed");

        assertThat(page.post("/verify-email", Map.of("token", token)).body()).contains(apisInvalidLinkWords());
    }

    @Test
    void aBadOrMissingLinkGetsTheApisWordsOnEveryPageThatTakesOne() {
        String words = apisInvalidLinkWords();
        assertThat(words).isEqualTo("The link is invalid or has expired");
        for (String path : new String[] {
            "/verify-email?token=nonsense", "/verify-email", "/reset-password?token=nonsense", "/reset-password"
        }) {
            Response response = page.get(path);
            assertThat(response.status()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).contains(words).doesNotContain("<form method=\"post\" action=\"/v");
        }
        assertThat(page.post("/reset-password", Map.of("token", "", "newPassword", "a brand new passphrase"))
                        .body())
                .contains(words);
        assertThat(page.post("/verify-email", Map.of("token", "x".repeat(101))).body())
                .contains(words);
    }

    @Test
    void aVerificationLinkDoesNotOpenTheResetPageNorTheOtherWayRound() {
        Account account = api.newAccount();
        String verification = MailServer.awaitToken(account.email(), 1);
        assertThat(page.get("/reset-password?token=" + verification).body()).contains(apisInvalidLinkWords());
    }

    @Test
    void forgotPasswordAnswersAlikeForKnownAndUnknownAddressesAndMailsOnlyTheKnown() {
        Account account = api.newAccount();
        String unknown = "nobody-" + UUID.randomUUID() + "@example.com";

        Response known = page.post("/forgot-password", Map.of("email", account.email()));
        Response other = page.post("/forgot-password", Map.of("email", unknown));

        assertThat(known.status()).isEqualTo(302);
        assertThat(other.status()).isEqualTo(302);
        assertThat(known.header("Location")).isEqualTo(other.header("Location")).endsWith("/forgot-password?sent");
        assertThat(page.get("/forgot-password?sent").body()).contains("If an account has this address");
        assertThat(MailServer.awaitMail(account.email(), 2)).contains("/reset-password?token=");
        assertThat(MailServer.to(unknown)).isEmpty();
    }

    @Test
    void forgotPasswordShowsTheApisWordsForAnAddressThatIsNotOne() {
        Response response = page.post("/forgot-password", Map.of("email", "not an address"));
        String apiWords = api.postJson("/auth/password-reset", Map.of("email", "not an address"))
                .json()
                .get("errors")
                .get(0)
                .get("message")
                .asString();
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("id=\"email-error\"", apiWords);
    }

    @Test
    void aResetPageRefusesAWeakPasswordInTheApisWordsThenSetsAGoodOneOnce() {
        Account account = api.newAccount();
        page.post("/forgot-password", Map.of("email", account.email()));
        String token = MailServer.awaitToken(account.email(), 2);
        assertThat(page.get("/reset-password?token=" + token).body()).contains("Choose a new password");

        Response weak = page.post("/reset-password", Map.of("token", token, "newPassword", "password"));
        assertThat(weak.status()).isEqualTo(200);
        assertThat(weak.body()).contains("id=\"newPassword-error\"", "value=\"" + token + "\"");

        Response done = page.post("/reset-password", Map.of("token", token, "newPassword", "a brand new passphrase"));
        assertThat(done.header("Location")).endsWith("/reset-password?done");
        assertThat(api.token(account.email(), "a brand new passphrase")).isNotBlank();
        assertProblem(api.get("/users/me", account.token()), 401);
        assertThat(page.post("/reset-password", Map.of("token", token, "newPassword", "yet another passphrase"))
                        .body())
                .contains(apisInvalidLinkWords());
    }

    @Test
    void theAccountPageShowsAnUnverifiedEmailAndSendsItsLinkAgain() {
        Account account = api.newAccount();
        MailServer.awaitMail(account.email(), 1);
        page.signIn(account);

        assertThat(page.get("/").body()).contains("not verified yet");
        assertThat(page.get("/settings/account").body())
                .contains(account.email(), "not verified yet", "Send the verification mail again");
        Response sent = page.post("/settings/account/verification", Map.of());
        assertThat(sent.header("Location")).endsWith("/settings/account?verification-sent");
        String token = MailServer.awaitToken(account.email(), 2);

        page.post("/verify-email", Map.of("token", token));
        assertThat(page.get("/settings/account").body())
                .contains("<strong>verified</strong>")
                .doesNotContain("Send the verification mail again");
    }

    @Test
    void anEmailChangeNeedsThePasswordAndAFreeAddressAndHappensWhenTheLinkIsUsed() {
        Account account = api.newAccount();
        Account other = api.newAccount();
        String newEmail = "moved-" + UUID.randomUUID() + "@example.com";
        page.signIn(account);
        page.get("/settings/account");

        Response wrong = page.post(
                "/settings/account/email", Map.of("newEmail", newEmail, "currentPassword", "not my password"));
        assertThat(wrong.body()).contains("id=\"email-password-error\"", "The current password is not correct");
        Response taken = page.post(
                "/settings/account/email", Map.of("newEmail", other.email(), "currentPassword", account.password()));
        assertThat(taken.body()).contains("id=\"new-email-error\"", "This email is already registered");
        Response malformed = page.post(
                "/settings/account/email", Map.of("newEmail", "nonsense", "currentPassword", account.password()));
        assertThat(malformed.body()).contains("id=\"new-email-error\"");

        Response sent = page.post(
                "/settings/account/email", Map.of("newEmail", newEmail, "currentPassword", account.password()));
        assertThat(sent.header("Location")).endsWith("/settings/account?email-link-sent");
        assertThat(page.get("/settings/account").body()).contains(account.email());

        page.post("/verify-email", Map.of("token", MailServer.awaitToken(newEmail, 1)));
        assertThat(page.get("/settings/account").body()).contains(newEmail).doesNotContain(account.email());
        assertThat(api.token(newEmail, account.password())).isNotBlank();
    }
}

@OnH2
class RecoveryPagesHttpApiOnH2Test extends RecoveryPagesHttpApiTests {}

@OnPostgres
class RecoveryPagesHttpApiOnPostgresTest extends RecoveryPagesHttpApiTests {}
