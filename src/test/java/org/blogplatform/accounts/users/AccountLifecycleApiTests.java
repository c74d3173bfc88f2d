package org.blogplatform.accounts.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.blogplatform.accounts.support.ApiClient;
import org.blogplatform.accounts.support.ApiClient.Account;
import org.blogplatform.accounts.support.ApiClient.Response;
import org.blogplatform.accounts.support.ApiTest;
import org.blogplatform.accounts.support.Concurrently;
import org.blogplatform.accounts.support.OnH2;
import org.blogplatform.accounts.support.OnPostgres;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

abstract class AccountLifecycleApiTests extends ApiTest {

    private Response changePassword(Account account, String current, String next) {
        return api.changePassword(account.token(), current, next);
    }

    @Test
    void meIsTheCallerWithEmailAndProfile() {
        Account account = api.newAccount();

        Response me = api.get("/users/me", account.token());

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("id").asLong()).isEqualTo(account.id());
        assertThat(me.json().get("email").asString()).isEqualTo(account.email());
        assertThat(me.json().get("profile").has("bio")).isTrue();
    }

    @Test
    void renamingValidatesLikeRegistration() {
        Account account = api.newAccount();

        Response renamed =
                api.send("PATCH", "/users/me", "application/json", "{\"name\":\"Ada Lovelace\"}", account.token());
        Response blank = api.send("PATCH", "/users/me", "application/json", "{\"name\":\"  \"}", account.token());
        Response tooLong = api.send(
                "PATCH",
                "/users/me",
                "application/json",
                ApiClient.json(Map.of("name", "n".repeat(101))),
                account.token());

        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.json().get("name").asString()).isEqualTo("Ada Lovelace");
        assertThat(api.get("/users/" + account.id()).json().get("name").asString())
                .isEqualTo("Ada Lovelace");
        assertProblem(blank, 422);
        assertProblem(tooLong, 422);
    }

    @Test
    void deletingTheAccountRemovesProfileRevokesEveryTokenAndFreesTheEmail() {
        Account account = api.newAccount();
        String secondToken = api.token(account.email(), account.password());

        assertThat(api.send("DELETE", "/users/me", null, null, account.token()).status())
                .isEqualTo(204);

        assertProblem(api.get("/users/me", account.token()), 401);
        assertProblem(api.get("/users/me/profile", secondToken), 401);
        assertProblem(api.get("/users/" + account.id()), 404);
        assertThat(jdbc.queryForObject(
                        "select count(*) from user_profiles where user_id = ?", Integer.class, account.id()))
                .isZero();
        Response again = api.postJson(
                "/users/register", Map.of("email", account.email(), "name", "Again", "password", account.password()));
        assertThat(again.status()).isEqualTo(201);
    }

    @Test
    void theDatabaseCascadesAUserDeletionToTheProfileOnItsOwn() {
        Account account = api.newAccount();

        jdbc.update("delete from users where id = ?", account.id());

        assertThat(jdbc.queryForObject(
                        "select count(*) from user_profiles where user_id = ?", Integer.class, account.id()))
                .isZero();
    }

    @Test
    void changingThePasswordRevokesEveryEarlierTokenAndTheOldPassword() {
        Account account = api.newAccount();
        String earlier = api.token(account.email(), account.password());

        Response changed = changePassword(account, account.password(), "a brand new secret");

        assertThat(changed.status()).isEqualTo(204);
        assertProblem(api.get("/users/me", account.token()), 401);
        assertProblem(api.get("/users/me", earlier), 401);
        assertThat(api.postJson("/auth/token", Map.of("email", account.email(), "password", account.password()))
                        .status())
                .isEqualTo(401);
        String fresh = api.token(account.email(), "a brand new secret");
        assertThat(api.get("/users/me", fresh).status()).isEqualTo(200);
    }

    @Test
    void aWrongCurrentPasswordIs403AndAShortNewOneIs422() {
        Account account = api.newAccount();

        assertProblem(changePassword(account, "not my password", "a brand new secret"), 403);
        assertProblem(changePassword(account, account.password(), "short"), 422);
        assertThat(api.get("/users/me", account.token()).status())
                .as("nothing changed")
                .isEqualTo(200);
    }

    private Response rename(Account account, Object body) {
        return api.send("PATCH", "/users/me", "application/json", ApiClient.json(body), account.token());
    }

    private static void assertInvalidField(Response response, String field) {
        assertProblem(response, 422);
        assertThat(response.json().get("errors").get(0).get("field").asString())
                .as(response.toString())
                .isEqualTo(field);
    }

    private int profileRows(long userId) {
        return jdbc.queryForObject("select count(*) from user_profiles where user_id = ?", Integer.class, userId);
    }

    @Test
    void theUserReadFromMeAndSentBackWithANewNameRenames() {
        Account account = api.newAccount();
        ObjectNode me = (ObjectNode) api.get("/users/me", account.token()).json();
        me.put("name", "Ada Lovelace").put("id", 1).put("email", "someone-else@example.com");

        Response renamed = rename(account, me.toString());

        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(renamed.json().get("name").asString()).isEqualTo("Ada Lovelace");
        assertThat(renamed.json().get("email").asString()).isEqualTo(account.email());
        assertThat(renamed.json().get("id").asLong()).isEqualTo(account.id());
    }

    @Test
    void anUnknownFieldInARenameIs422NamingIt() {
        Account account = api.newAccount();
        Response refused = rename(account, "{\"name\":\"Ada L\",\"nmae\":\"typo\"}");
        assertInvalidField(refused, "nmae");
        assertThat(api.get("/users/me", account.token()).json().get("name").asString())
                .isEqualTo("Ada");
    }

    @Test
    void meNeedsABearerToken() {
        assertProblem(api.get("/users/me"), 401);
        assertProblem(api.send("PATCH", "/users/me", "application/json", "{\"name\":\"X\"}", null), 401);
        assertProblem(api.send("DELETE", "/users/me", null, null, null), 401);
    }

    @Test
    void renamingAnswersTheWholeUserAndAcceptsCodePointLengthsUpTo100() {
        Account account = api.newAccount();
        String emoji = "\uD83D\uDE00";

        Response renamed = rename(account, Map.of("name", emoji.repeat(100)));

        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(renamed.json().get("id").asLong()).isEqualTo(account.id());
        assertThat(renamed.json().get("email").asString()).isEqualTo(account.email());
        assertThat(renamed.json().get("name").asString()).isEqualTo(emoji.repeat(100));
        assertThat(renamed.json().get("profile").has("bio")).isTrue();
        assertThat(api.get("/users/me", account.token()).json().get("name").asString())
                .isEqualTo(emoji.repeat(100));
    }

    @Test
    void renamingRefusesWhatRegistrationRefuses() {
        Account account = api.newAccount();
        Map<String, Object> nullName = new HashMap<>();
        nullName.put("name", null);

        for (Object body : new Object[] {
            Map.of("name", ""),
            Map.of("name", "\uD83D\uDE00".repeat(101)),
            Map.of("name", "bell\u0007"),
            Map.of("name", "two\nlines"),
            Map.of(),
            nullName,
            "{\"name\":\"\\ud800\"}"
        }) {
            assertInvalidField(rename(account, body), "name");
        }
        assertThat(api.get("/users/me", account.token()).json().get("name").asString())
                .isEqualTo("Ada");
    }

    @Test
    void renamingAcceptsAMergePatchToo() {
        Account account = api.newAccount();
        Response renamed = api.send(
                "PATCH", "/users/me", "application/merge-patch+json", "{\"name\":\"Merged\"}", account.token());
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.json().get("name").asString()).isEqualTo("Merged");
    }

    @Test
    void afterDeletionTheUserIsGoneEverywhereAndTheEmailRegistersAgainInAnyCase() {
        Account account = api.newAccount();
        assertThat(profileRows(account.id())).isEqualTo(1);

        assertThat(api.send("DELETE", "/users/me", null, null, account.token()).status())
                .isEqualTo(204);

        assertProblem(api.send("DELETE", "/users/me", null, null, account.token()), 401);
        Response gone = api.get("/users/" + account.id());
        assertProblem(gone, 404);
        assertThat(gone.json().get("detail").asString()).isEqualTo("User not found");
        assertThat(jdbc.queryForObject("select count(*) from users where id = ?", Integer.class, account.id()))
                .isZero();
        assertThat(profileRows(account.id())).isZero();
        Response page = api.get("/users?limit=1&after=" + (account.id() - 1));
        for (var item : page.json().get("items")) {
            assertThat(item.get("id").asLong()).isNotEqualTo(account.id());
        }
        assertProblem(
                api.postJson("/auth/token", Map.of("email", account.email(), "password", account.password())), 401);
        Response again = api.postJson(
                "/users/register",
                Map.of("email", account.email().toUpperCase(), "name", "Again", "password", "another secret"));
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get("id").asLong()).isNotEqualTo(account.id());
        assertThat(profileRows(again.json().get("id").asLong())).isEqualTo(1);
    }

    @Test
    void concurrentDeletionsOfOneAccountDeleteItOnceAndNeverFail() throws Exception {
        Account account = api.newAccount();
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(() -> api.send("DELETE", "/users/me", null, null, account.token()));
        }

        List<Response> responses = Concurrently.all(calls);

        assertThat(responses).extracting(Response::status).isSubsetOf(204, 401, 404);
        assertThat(responses).filteredOn(r -> r.status() == 204).hasSize(1);
        assertThat(profileRows(account.id())).isZero();
    }

    @Test
    void renamingWhileTheAccountIsDeletedIsNeverAServerError() throws Exception {
        for (int round = 0; round < 3; round++) {
            Account account = api.newAccount();
            List<Callable<Response>> calls = new ArrayList<>();
            calls.add(() -> api.send("DELETE", "/users/me", null, null, account.token()));
            for (int i = 0; i < 7; i++) {
                calls.add(() -> rename(account, Map.of("name", "Racing")));
            }

            List<Response> responses = Concurrently.all(calls);

            assertThat(responses.get(0).status()).isEqualTo(204);
            assertThat(responses).extracting(Response::status).isSubsetOf(200, 204, 401, 404);
        }
    }

    @Test
    void renamesRacingAPasswordChangeNeverUndoIt() throws Exception {
        for (int round = 0; round < 5; round++) {
            Account account = api.newAccount();
            AtomicBoolean changing = new AtomicBoolean(true);
            List<Callable<Integer>> calls = new ArrayList<>();
            calls.add(() -> {
                try {
                    return changePassword(account, account.password(), "a brand new secret")
                            .status();
                } finally {
                    changing.set(false);
                }
            });
            for (int i = 0; i < 4; i++) {
                calls.add(() -> {
                    int renames = 0;
                    while (changing.get() && renames < 500) {
                        rename(account, Map.of("name", "Renamed " + renames++));
                    }
                    return renames;
                });
            }

            assertThat(Concurrently.all(calls).get(0)).isEqualTo(204);

            assertProblem(api.get("/users/me", account.token()), 401);
            assertProblem(
                    api.postJson("/auth/token", Map.of("email", account.email(), "password", account.password())), 401);
            assertThat(api.token(account.email(), "a brand new secret")).isNotBlank();
        }
    }

    @Test
    void aWrongCurrentPasswordChangesNothing() {
        Account account = api.newAccount();

        Response wrong = changePassword(account, "not my password", "a brand new secret");

        assertProblem(wrong, 403);
        assertThat(wrong.json().get("detail").asString()).isNotBlank();
        assertThat(api.token(account.email(), account.password())).isNotBlank();
        assertProblem(
                api.postJson("/auth/token", Map.of("email", account.email(), "password", "a brand new secret")), 401);
    }

    @Test
    void passwordChangesAreValidatedPerField() {
        Account account = api.newAccount();

        assertInvalidField(changePassword(account, account.password(), "1234567"), "new_password");
        assertInvalidField(changePassword(account, account.password(), "p".repeat(129)), "new_password");
        assertInvalidField(changePassword(account, account.password(), "\uD83D\uDE00".repeat(7)), "new_password");
        assertInvalidField(
                api.send(
                        "PUT",
                        "/users/me/password",
                        "application/json",
                        "{\"new_password\":\"a brand new secret\"}",
                        account.token()),
                "current_password");
        assertInvalidField(
                api.send(
                        "PUT",
                        "/users/me/password",
                        "application/json",
                        ApiClient.json(Map.of("current_password", account.password())),
                        account.token()),
                "new_password");
        assertThat(api.get("/users/me", account.token()).status()).isEqualTo(200);
    }

    @Test
    void aPasswordOf128EmojiCanBeSetAndUsed() {
        Account account = api.newAccount();
        String password = "\uD83D\uDE00".repeat(128);

        assertThat(changePassword(account, account.password(), password).status())
                .isEqualTo(204);

        assertThat(api.token(account.email(), password)).isNotBlank();
    }

    @Test
    void concurrentPasswordChangesLetExactlyOneWin() throws Exception {
        Account account = api.newAccount();
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String next = "new secret number " + i;
            calls.add(() -> changePassword(account, account.password(), next));
        }

        List<Response> responses = Concurrently.all(calls);

        assertThat(responses).extracting(Response::status).isSubsetOf(204, 401, 403, 409);
        assertThat(responses).filteredOn(r -> r.status() == 204).hasSize(1);
        assertProblem(
                api.postJson("/auth/token", Map.of("email", account.email(), "password", account.password())), 401);
    }
}

@OnH2
class AccountLifecycleApiOnH2Test extends AccountLifecycleApiTests {}

@OnPostgres
class AccountLifecycleApiOnPostgresTest extends AccountLifecycleApiTests {}
