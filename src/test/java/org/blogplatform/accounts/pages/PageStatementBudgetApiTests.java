package org.blogplatform.accounts.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.assertj.core.api.SoftAssertions;
import org.blogplatform.accounts.support.ApiClient.Account;
import org.blogplatform.accounts.support.ApiClient.Response;
import org.blogplatform.accounts.support.ApiTest;
import org.blogplatform.accounts.support.MailServer;
import org.blogplatform.accounts.support.OnH2;
import org.blogplatform.accounts.support.OnPostgres;
import org.junit.jupiter.api.Test;

/**
 * Each signed-in page and form has a statement budget, as each API endpoint has. A signed-in request always
 * starts with one: the cookie's session is looked up and marked used in a single statement.
 */
abstract class PageStatementBudgetApiTests extends ApiTest {

    private final SoftAssertions budgets = new SoftAssertions();

    private Response within(int budget, String what, Supplier<Response> request) {
        statements.reset();
        Response response = request.get();
        assertThat(response.status()).as(what + ": " + response).isIn(200, 302);
        budgets.assertThat(statements.count()).as(what).isLessThanOrEqualTo(budget);
        return response;
    }

    private PageClient signedIn(Account account) {
        return new PageClient(api).signIn(account);
    }

    @Test
    void theSignedInPagesStayWithinTheirBudgets() {
        Account account = api.newAccount();
        PageClient page = signedIn(account);

        within(2, "GET / (the session, the user)", () -> page.get("/"));
        within(2, "GET /settings/profile (the session, the profile)", () -> page.get("/settings/profile"));
        within(2, "GET /settings/account (the session, the user)", () -> page.get("/settings/account"));
        within(2, "GET /settings/sessions (the session, the list)", () -> page.get("/settings/sessions"));
        budgets.assertAll();
    }

    @Test
    void theSignedInFormsStayWithinTheirBudgets() {
        Account account = api.newAccount();
        PageClient page = signedIn(account);
        long version =
                jdbc.queryForObject("select version from user_profiles where user_id = ?", Long.class, account.id());

        within(
                3,
                "POST /settings/profile (the session, the update, the answer's read)",
                () -> page.post("/settings/profile", Map.of("bio", "Writes about compilers", "version", "" + version)));
        within(3, "POST /settings/account/name", () -> page.post("/settings/account/name", Map.of("name", "Ada K")));
        within(
                7,
                "POST /settings/account/email (the session, the account, the address's owner, the link, two mails)",
                () -> page.post(
                        "/settings/account/email",
                        Map.of(
                                "newEmail",
                                "moved-" + UUID.randomUUID() + "@example.com",
                                "currentPassword",
                                account.password())));
        within(5, "POST /settings/account/verification", () -> page.post("/settings/account/verification", Map.of()));
        within(
                6,
                "POST /settings/account/password",
                () -> page.post(
                        "/settings/account/password",
                        Map.of("currentPassword", account.password(), "newPassword", "difference engine 1822")));
        within(
                2,
                "POST /settings/sessions/others/signout",
                () -> page.post("/settings/sessions/others/signout", Map.of()));
        within(2, "POST /signout (the session, its revocation)", () -> page.post("/signout", Map.of()));
        budgets.assertAll();
    }

    @Test
    void signingInAndTheMailedLinksStayWithinTheirBudgets() {
        Account account = api.newAccount();
        String verification = MailServer.awaitToken(account.email(), 1);
        PageClient page = new PageClient(api);

        within(
                2,
                "POST /signin (the credentials, the new session)",
                () -> page.post("/signin", Map.of("email", account.email(), "password", account.password())));
        within(
                2,
                "GET /verify-email?token= (the session, the token)",
                () -> page.get("/verify-email?token=" + verification));
        within(5, "POST /verify-email", () -> page.post("/verify-email", Map.of("token", verification)));
        within(
                1,
                "POST /forgot-password (the session; the rest runs in the background)",
                () -> page.post("/forgot-password", Map.of("email", account.email())));
        String reset = MailServer.awaitToken(account.email(), 2);
        within(
                2,
                "GET /reset-password?token= (the session, the token)",
                () -> page.get("/reset-password?token=" + reset));
        within(
                9,
                "POST /reset-password (the session; the token, the account, using it, the hash, voiding links, ending sessions)",
                () -> page.post("/reset-password", Map.of("token", reset, "newPassword", "difference engine 1822")));
        budgets.assertAll();
    }
}

@OnH2
class PageStatementBudgetApiOnH2Test extends PageStatementBudgetApiTests {}

@OnPostgres
class PageStatementBudgetApiOnPostgresTest extends PageStatementBudgetApiTests {}
