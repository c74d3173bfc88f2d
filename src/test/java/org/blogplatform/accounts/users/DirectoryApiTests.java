package org.blogplatform.accounts.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.blogplatform.accounts.support.ApiClient.Account;
import org.blogplatform.accounts.support.ApiClient.Response;
import org.blogplatform.accounts.support.ApiTest;
import org.blogplatform.accounts.support.OnH2;
import org.blogplatform.accounts.support.OnPostgres;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

abstract class DirectoryApiTests extends ApiTest {

    private List<Account> newAccounts(int count) {
        List<Account> accounts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            accounts.add(api.newAccount());
        }
        return accounts;
    }

    @Test
    void followingNextCursorVisitsEveryUserOnceInIdOrderWithoutEmails() {
        String cursor = String.valueOf(api.newAccount().id());
        List<Account> created = newAccounts(5);

        List<Long> seen = new ArrayList<>();
        String token = created.get(0).token();
        while (cursor != null) {
            Response page = api.get("/users?limit=2&after=" + cursor, token);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.json().get("items").size()).isLessThanOrEqualTo(2);
            for (JsonNode item : page.json().get("items")) {
                assertThat(item.has("email")).isFalse();
                assertThat(item.has("profile")).isTrue();
                seen.add(item.get("id").asLong());
            }
            JsonNode next = page.json().get("next_cursor");
            cursor = next.isNull() ? null : next.asString();
        }

        assertThat(seen).isSorted().doesNotHaveDuplicates();
        assertThat(seen).containsAll(created.stream().map(Account::id).toList());
    }

    @Test
    void theLastPageHasNoNextCursor() {
        Account last = api.newAccount();
        Response page = api.get("/users?after=" + (last.id() - 1));
        assertThat(page.json().get("items").size()).isGreaterThanOrEqualTo(1);
        Response beyond = api.get("/users?after=" + last.id() + "&limit=100");
        assertThat(beyond.json().get("next_cursor").isNull()).isTrue();
    }

    @Test
    void limitIs1To100AndTheCursorMustBeOne() {
        for (String query : new String[] {"limit=0", "limit=101", "limit=-1", "after=abc", "after=-5"}) {
            assertProblem(api.get("/users?" + query), 422);
        }
        assertThat(api.get("/users").json().get("items").size()).isLessThanOrEqualTo(20);
    }

    @Test
    void everyPageIsOneStatementWhateverItsSizeOrDepth() {
        newAccounts(3);
        for (String query : new String[] {"limit=1", "limit=100", "limit=100&after=1", "limit=5&after=2"}) {
            statements.reset();
            assertThat(api.get("/users?" + query).status()).isEqualTo(200);
            assertThat(statements.count()).as(query).isEqualTo(1);
        }
    }
}

@OnH2
class DirectoryApiOnH2Test extends DirectoryApiTests {}

@OnPostgres
class DirectoryApiOnPostgresTest extends DirectoryApiTests {}
