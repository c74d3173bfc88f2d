package org.blogplatform.accounts.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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

    /** The id after which the users inserted next will be listed. */
    private long cursorBeforeNewUsers() {
        return jdbc.queryForObject("select coalesce(max(id), 0) from users", Long.class);
    }

    /** Users inserted directly (no password hashing), in id order; they have no profile row. */
    private List<Long> insertUsers(int count) {
        String batch = UUID.randomUUID().toString();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new Object[] {"dir-" + batch + "-" + i + "@example.com", "Dir " + i, "not-a-hash"});
        }
        jdbc.batchUpdate("insert into users (email, name, password_hash) values (?, ?, ?)", rows);
        return jdbc.queryForList(
                "select id from users where email like ? order by id", Long.class, "dir-" + batch + "-%");
    }

    private static List<Long> ids(Response page) {
        List<Long> ids = new ArrayList<>();
        page.json().get("items").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    private static String nextCursor(Response page) {
        JsonNode next = page.json().get("next_cursor");
        return next.isNull() ? null : next.asString();
    }

    @Test
    void aPageIsItemsOfIdNameAndProfileAndANextCursor() {
        long cursor = cursorBeforeNewUsers();
        Account account = api.newAccount();

        Response page = api.get("/users?limit=1&after=" + cursor, account.token());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("application/json");
        assertThat(page.json().propertyNames()).containsExactlyInAnyOrder("items", "next_cursor");
        JsonNode item = page.json().get("items").get(0);
        assertThat(item.propertyNames()).containsExactlyInAnyOrder("id", "name", "profile");
        assertThat(item.get("id").asLong()).isEqualTo(account.id());
        assertThat(item.get("name").asString()).isEqualTo("Ada");
        assertThat(item.get("profile").has("bio")).isTrue();
        assertThat(page.body()).doesNotContain(account.email());
    }

    @Test
    void theDefaultLimitIs20() {
        long cursor = cursorBeforeNewUsers();
        List<Long> inserted = insertUsers(21);

        Response page = api.get("/users?after=" + cursor);

        assertThat(ids(page)).isEqualTo(inserted.subList(0, 20));
        assertThat(nextCursor(page)).isEqualTo(String.valueOf(inserted.get(19)));
    }

    @Test
    void aFullLastPageHasNoNextCursorAndAShortOneNeither() {
        long cursor = cursorBeforeNewUsers();
        List<Long> inserted = insertUsers(3);

        Response two = api.get("/users?limit=2&after=" + cursor);
        Response exactlyAll = api.get("/users?limit=3&after=" + cursor);
        Response more = api.get("/users?limit=4&after=" + cursor);
        Response rest = api.get("/users?limit=2&after=" + nextCursor(two));

        assertThat(ids(two)).isEqualTo(inserted.subList(0, 2));
        assertThat(nextCursor(two)).isEqualTo(String.valueOf(inserted.get(1)));
        assertThat(ids(exactlyAll)).isEqualTo(inserted);
        assertThat(nextCursor(exactlyAll)).isNull();
        assertThat(ids(more)).isEqualTo(inserted);
        assertThat(nextCursor(more)).isNull();
        assertThat(ids(rest)).containsExactly(inserted.get(2));
        assertThat(nextCursor(rest)).isNull();
    }

    @Test
    void pagingFromACursorVisitsEachNewUserOnceIncludingOnesRegisteredMeanwhile() {
        long start = cursorBeforeNewUsers();
        List<Long> inserted = insertUsers(5);
        List<Long> seen = new ArrayList<>();

        Response first = api.get("/users?limit=2&after=" + start);
        seen.addAll(ids(first));
        long registeredMeanwhile = api.newAccount().id();
        String cursor = nextCursor(first);
        while (cursor != null) {
            Response page = api.get("/users?limit=2&after=" + cursor);
            assertThat(page.status()).isEqualTo(200);
            seen.addAll(ids(page));
            cursor = nextCursor(page);
        }

        List<Long> expected = new ArrayList<>(inserted);
        expected.add(registeredMeanwhile);
        assertThat(seen).isSorted().doesNotHaveDuplicates().containsAll(expected);
        assertThat(seen.subList(0, 6)).isEqualTo(expected);
    }

    @Test
    void aHundredUsersComeInOneStatementAndSoDoesADeepPage() {
        long cursor = cursorBeforeNewUsers();
        List<Long> inserted = insertUsers(101);

        statements.reset();
        Response full = api.get("/users?limit=100&after=" + cursor);
        assertThat(statements.count()).isEqualTo(1);
        assertThat(ids(full)).isEqualTo(inserted.subList(0, 100));
        assertThat(nextCursor(full)).isEqualTo(String.valueOf(inserted.get(99)));

        statements.reset();
        Response deep = api.get("/users?limit=100&after=" + nextCursor(full));
        assertThat(statements.count()).isEqualTo(1);
        assertThat(ids(deep)).containsExactly(inserted.get(100));

        statements.reset();
        Response one = api.get("/users?limit=1&after=" + inserted.get(50));
        assertThat(statements.count()).isEqualTo(1);
        assertThat(ids(one)).containsExactly(inserted.get(51));
    }

    @Test
    void noPageShowsAnEmailEvenToTheUsersOwnToken() {
        long cursor = cursorBeforeNewUsers();
        Account account = api.newAccount();

        Response page = api.get("/users?limit=5&after=" + cursor, account.token());

        assertThat(ids(page)).contains(account.id());
        assertThat(page.body()).doesNotContain(account.email(), "\"email\"");
    }

    @Test
    void badLimitsAndCursorsAre422NamingTheParameter() {
        for (String limit : new String[] {"0", "101", "-1"}) {
            Response response = api.get("/users?limit=" + limit);
            assertProblem(response, 422);
            assertThat(response.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("limit");
        }
        for (String after : new String[] {"abc", "-5", "1.5", "1e3", "9".repeat(19)}) {
            Response response = api.get("/users?after=" + after);
            assertProblem(response, 422);
            assertThat(response.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("after");
        }
        assertThat(api.get("/users?limit=1").status()).isEqualTo(200);
        assertThat(api.get("/users?limit=100").status()).isEqualTo(200);
    }

    @Test
    void nonNumericLimitsAre422NamingTheParameter() {
        for (String query : new String[] {"limit=abc", "limit=99999999999", "limit=1.5", "after="}) {
            Response response = api.get("/users?" + query);
            assertProblem(response, 422);
            JsonNode error = response.json().get("errors").get(0);
            assertThat(error.get("field").asString()).as(query).isEqualTo(query.substring(0, query.indexOf('=')));
            assertThat(response.json().get("errors")).hasSize(1);
            assertThat(response.body())
                    .doesNotContainIgnoringCase("exception")
                    .doesNotContain("java.", "org.", "Failed to");
        }
        assertThat(api.get("/users?limit=abc")
                        .json()
                        .get("errors")
                        .get(0)
                        .get("message")
                        .asString())
                .isEqualTo("must be a whole number");
    }
}

@OnH2
class DirectoryApiOnH2Test extends DirectoryApiTests {}

@OnPostgres
class DirectoryApiOnPostgresTest extends DirectoryApiTests {}
