package org.blogplatform.accounts.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.blogplatform.accounts.support.ApiClient;
import org.blogplatform.accounts.support.ApiClient.Account;
import org.blogplatform.accounts.support.ApiClient.Response;
import org.blogplatform.accounts.support.ApiTest;
import org.blogplatform.accounts.support.MailServer;
import org.blogplatform.accounts.support.MovableClock;
import org.blogplatform.accounts.support.OnH2;
import org.blogplatform.accounts.support.OnPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

abstract class EmailVerificationApiTests extends ApiTest {

    @Autowired
    MovableClock clock;

    Response verify(String token) {
        return api.postJson("/auth/verify-email", Map.of("token", token));
    }

    Response changeEmail(Account account, String newEmail, String password) {
        return api.send(
                "PUT",
                "/users/me/email",
                "application/json",
                ApiClient.json(Map.of("new_email", newEmail, "current_password", password)),
                account.token());
    }

    boolean verified(String token) {
        return api.get("/users/me", token).json().get("email_verified").asBoolean();
    }

    void assertInvalidLink(Response response) {
        assertProblem(response, 400);
        assertThat(response.json().get("detail").asString()).isEqualTo(PasswordResetApiTests.INVALID_LINK);
    }

    static String newEmail() {
        return "moved-" + UUID.randomUUID() + "@example.com";
    }

    @Test
    void registrationMailsALinkThatVerifiesTheEmailOnce() {
        Account account = api.newAccount();
        assertThat(verified(account.token())).isFalse();

        String text = MailServer.awaitMail(account.email(), 1);
        assertThat(text).contains("Hello Ada", "48 hours", "/verify-email?token=");
        String token = MailServer.tokenIn(text);

        assertThat(verify(token).status()).isEqualTo(204);
        assertThat(verified(account.token())).isTrue();
        assertInvalidLink(verify(token));
    }

    @Test
    void verifyingTakesFourStatements() {
        Account account = api.newAccount();
        String token = MailServer.awaitToken(account.email(), 1);

        statements.reset();
        assertThat(verify(token).status()).isEqualTo(204);

        // read the token, use it, mark the account verified, void its other verification links
        assertThat(statements.count()).isEqualTo(4);
    }

    @Test
    void othersNeverSeeWhetherTheEmailIsVerified() {
        Account account = api.newAccount();
        Account other = api.newAccount();

        assertThat(api.get("/users/" + account.id()).json().has("email_verified"))
                .isFalse();
        assertThat(api.get("/users/" + account.id(), other.token()).json().has("email_verified"))
                .isFalse();
        assertThat(api.get("/users/" + account.id(), account.token()).json().has("email_verified"))
                .isTrue();
    }

    @Test
    void aVerificationLinkExpiresAfter48Hours() {
        Account account = api.newAccount();
        String token = MailServer.awaitToken(account.email(), 1);

        clock.advance(Duration.ofHours(48).plusMinutes(1));

        assertInvalidLink(verify(token));
    }

    @Test
    void aNewLinkCanBeAskedForAndReplacesTheFirst() {
        Account account = api.newAccount();
        String first = MailServer.awaitToken(account.email(), 1);

        Response resent = api.send("POST", "/users/me/email-verification", null, null, account.token());

        assertThat(resent.status()).isEqualTo(202);
        String second = MailServer.awaitToken(account.email(), 2);
        assertInvalidLink(verify(first));
        assertThat(verify(second).status()).isEqualTo(204);
        assertProblem(api.send("POST", "/users/me/email-verification", null, null, account.token()), 409);
    }

    @Test
    void anEmailChangeTakesEffectOnlyFromTheLinkSentToTheNewAddress() {
        Account account = api.newAccount();
        String address = newEmail();

        assertThat(changeEmail(account, address, account.password()).status()).isEqualTo(202);
        String confirmation = MailServer.awaitMail(address, 1);
        assertThat(confirmation).contains("24 hours", address);
        String notice = MailServer.awaitMail(account.email(), 2);
        assertThat(notice).contains(address).doesNotContain("token=");
        assertThat(api.get("/users/me", account.token()).json().get("email").asString())
                .isEqualTo(account.email());

        assertThat(verify(MailServer.tokenIn(confirmation)).status()).isEqualTo(204);

        Response me = api.get("/users/me", account.token());
        assertThat(me.json().get("email").asString()).isEqualTo(address);
        assertThat(me.json().get("email_verified").asBoolean()).isTrue();
        assertThat(api.token(address, account.password())).isNotBlank();
    }

    @Test
    void emailChangeLinksAndVerificationLinksShareTheAccountsHourlyMailBudget() {
        Account account = api.newAccount();
        for (int i = 0; i < 3; i++) {
            assertThat(changeEmail(account, newEmail(), account.password()).status())
                    .isEqualTo(202);
        }

        Response fourth = changeEmail(account, newEmail(), account.password());

        assertProblem(fourth, 429);
        assertThat(fourth.header("Retry-After")).isNotNull();
        assertProblem(api.send("POST", "/users/me/email-verification", null, null, account.token()), 429);
    }

    @Test
    void aWrongCurrentPasswordIsForbiddenAndCountsAgainstTheFailureBudget() {
        Account account = api.newAccount();

        Response wrong = changeEmail(account, newEmail(), "not the password");

        assertProblem(wrong, 403);
        for (int i = 0; i < 9; i++) {
            changeEmail(account, newEmail(), "not the password");
        }
        assertProblem(changeEmail(account, newEmail(), account.password()), 429);
    }

    @Test
    void aTakenAddressIsAConflict() {
        Account account = api.newAccount();
        Account other = api.newAccount();

        assertProblem(changeEmail(account, other.email(), account.password()), 409);
    }

    @Test
    void anAddressTakenBeforeTheLinkIsFollowedIsAConflictThen() {
        Account account = api.newAccount();
        String address = newEmail();
        changeEmail(account, address, account.password());
        String token = MailServer.awaitToken(address, 1);

        Response registered = api.postJson(
                "/users/register", Map.of("email", address, "name", "Quick", "password", ApiClient.PASSWORD));
        assertThat(registered.status()).isEqualTo(201);

        assertProblem(verify(token), 409);
        assertThat(api.get("/users/me", account.token()).json().get("email").asString())
                .isEqualTo(account.email());
    }
}

@OnH2
class EmailVerificationApiOnH2Test extends EmailVerificationApiTests {}

@OnPostgres
class EmailVerificationApiOnPostgresTest extends EmailVerificationApiTests {}
