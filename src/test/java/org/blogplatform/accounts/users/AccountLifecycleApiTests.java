package org.blogplatform.accounts.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.blogplatform.accounts.support.ApiClient;
import org.blogplatform.accounts.support.ApiClient.Account;
import org.blogplatform.accounts.support.ApiClient.Response;
import org.blogplatform.accounts.support.ApiTest;
import org.blogplatform.accounts.support.OnH2;
import org.blogplatform.accounts.support.OnPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

abstract class AccountLifecycleApiTests extends ApiTest {

    @Autowired
    JdbcTemplate jdbc;

    private Response changePassword(Account account, String current, String next) {
        return api.send(
                "PUT",
                "/users/me/password",
                "application/json",
                ApiClient.json(Map.of("current_password", current, "new_password", next)),
                account.token());
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
}

@OnH2
class AccountLifecycleApiOnH2Test extends AccountLifecycleApiTests {}

@OnPostgres
class AccountLifecycleApiOnPostgresTest extends AccountLifecycleApiTests {}
