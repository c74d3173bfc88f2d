package org.blogplatform.accounts.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.blogplatform.accounts.support.ApiClient.Account;
import org.blogplatform.accounts.support.ApiClient.Response;
import org.blogplatform.accounts.support.ApiTest;
import org.blogplatform.accounts.support.Concurrently;
import org.blogplatform.accounts.support.MailServer;
import org.blogplatform.accounts.support.MovableClock;
import org.blogplatform.accounts.support.OnH2;
import org.blogplatform.accounts.support.OnPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

abstract class PasswordResetApiTests extends ApiTest {

    static final String NEW_PASSWORD = "a brand new passphrase";
    static final String INVALID_LINK = "The link is invalid or has expired";

    @Autowired
    MovableClock clock;

    Response requestReset(String email) {
        return api.postJson("/auth/password-reset", Map.of("email", email));
    }

    Response confirm(String token, String password) {
        return api.postJson("/auth/password-reset/confirm", Map.of("token", token, "new_password", password));
    }

    /** The reset mail is the second: registration sends a verification link first. */
    String resetToken(Account account, int n) {
        String text = MailServer.awaitMail(account.email(), n + 1);
        assertThat(text).contains("reset the password");
        return MailServer.tokenIn(text);
    }

    void assertInvalidLink(Response response) {
        assertProblem(response, 400);
        assertThat(response.json().get("detail").asString()).isEqualTo(INVALID_LINK);
    }

    @Test
    void theMailedLinkSetsANewPasswordEndsEveryTokenAndVerifiesTheEmail() {
        Account account = api.newAccount();
        String otherToken = api.token(account.email(), account.password());

        assertThat(requestReset(account.email()).status()).isEqualTo(202);
        String text = MailServer.awaitMail(account.email(), 2);
        assertThat(text).contains("Hello Ada", "1 hour", "/reset-password?token=");

        assertThat(confirm(MailServer.tokenIn(text), NEW_PASSWORD).status()).isEqualTo(204);
        assertProblem(api.get("/users/me", account.token()), 401);
        assertProblem(api.get("/users/me", otherToken), 401);
        assertProblem(api.refresh(account.refreshToken()), 400);
        assertProblem(
                api.postJson("/auth/token", Map.of("email", account.email(), "password", account.password())), 401);
        String token = api.token(account.email(), NEW_PASSWORD);
        assertThat(api.get("/users/me", token).json().get("email_verified").asBoolean())
                .isTrue();
    }

    @Test
    void aLinkWorksOnce() {
        Account account = api.newAccount();
        requestReset(account.email());
        String token = resetToken(account, 1);

        assertThat(confirm(token, NEW_PASSWORD).status()).isEqualTo(204);
        assertInvalidLink(confirm(token, "yet another passphrase"));
    }

    @Test
    void twoConcurrentConfirmsOfOneLinkLetExactlyOneThrough() throws Exception {
        Account account = api.newAccount();
        requestReset(account.email());
        String token = resetToken(account, 1);

        List<Response> answers = Concurrently.all(
                List.of(() -> confirm(token, NEW_PASSWORD), () -> confirm(token, "another new passphrase")));

        assertThat(answers).extracting(Response::status).containsExactlyInAnyOrder(204, 400);
    }

    @Test
    void aLinkExpiresAfterAnHour() {
        Account account = api.newAccount();
        requestReset(account.email());
        String token = resetToken(account, 1);

        clock.advance(Duration.ofMinutes(61));

        assertInvalidLink(confirm(token, NEW_PASSWORD));
    }

    @Test
    void anUnknownTokenIsTheSameInvalidLink() {
        assertInvalidLink(confirm("A".repeat(43), NEW_PASSWORD));
    }

    @Test
    void aNewLinkVoidsTheEarlierOne() {
        Account account = api.newAccount();
        requestReset(account.email());
        String first = resetToken(account, 1);
        requestReset(account.email());
        String second = resetToken(account, 2);

        assertInvalidLink(confirm(first, NEW_PASSWORD));
        assertThat(confirm(second, NEW_PASSWORD).status()).isEqualTo(204);
    }

    @Test
    void aPasswordChangeVoidsOutstandingLinks() {
        Account account = api.newAccount();
        requestReset(account.email());
        String token = resetToken(account, 1);

        assertThat(api.changePassword(account.token(), account.password(), "changed the usual way")
                        .status())
                .isEqualTo(204);

        assertInvalidLink(confirm(token, NEW_PASSWORD));
    }

    @Test
    void theNewPasswordMustMeetThePolicy() {
        Account account = api.newAccount();
        requestReset(account.email());
        String token = resetToken(account, 1);

        assertProblem(confirm(token, "password"), 422);
        assertProblem(confirm(token, "short"), 422);
        assertThat(confirm(token, NEW_PASSWORD).status()).isEqualTo(204);
    }

    @Test
    void aResetRequestIsAnsweredWithoutAStatementForKnownAndUnknownEmailsAlike() {
        Account account = api.newAccount();

        statements.reset();
        requestReset(account.email());
        requestReset("nobody-" + UUID.randomUUID() + "@example.com");

        assertThat(statements.count()).isZero();
    }

    @Test
    void confirmingAResetTakesEightStatements() {
        Account account = api.newAccount();
        requestReset(account.email());
        String token = resetToken(account, 1);

        statements.reset();
        assertThat(confirm(token, NEW_PASSWORD).status()).isEqualTo(204);

        // read the token and the account; then in one transaction: read and use the token, set the password,
        // void the account's other reset and email-change links, end every session
        assertThat(statements.count()).isEqualTo(8);
    }

    @Test
    void anUnknownEmailGetsTheVeryAnswerAKnownOneGets() {
        Account account = api.newAccount();

        Response known = requestReset(account.email());
        Response unknown = requestReset("nobody-" + UUID.randomUUID() + "@example.com");

        assertThat(unknown.status()).isEqualTo(known.status()).isEqualTo(202);
        assertThat(unknown.body()).isEqualTo(known.body());
        assertThat(withoutDateAndRequestId(unknown)).isEqualTo(withoutDateAndRequestId(known));
    }

    @Test
    void atMostThreeResetMailsGoToOneEmailPerHour() {
        Account account = api.newAccount();
        Account sentinel = api.newAccount();

        for (int i = 0; i < 4; i++) {
            assertThat(requestReset(account.email()).status()).isEqualTo(202);
        }
        requestReset(sentinel.email());

        MailServer.awaitMail(sentinel.email(), 2);
        MailServer.awaitMail(account.email(), 4);
        assertThat(MailServer.to(account.email())).hasSize(4);
    }

    private static Map<String, List<String>> withoutDateAndRequestId(Response response) {
        return response.headers().entrySet().stream()
                .filter(e -> !e.getKey().equalsIgnoreCase("date") && !e.getKey().equalsIgnoreCase("x-request-id"))
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}

@OnH2
class PasswordResetApiOnH2Test extends PasswordResetApiTests {}

@OnPostgres
class PasswordResetApiOnPostgresTest extends PasswordResetApiTests {}
