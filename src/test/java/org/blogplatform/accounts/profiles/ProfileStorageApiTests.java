package org.blogplatform.accounts.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.blogplatform.accounts.support.ApiClient.Account;
import org.blogplatform.accounts.support.ApiClient.Response;
import org.blogplatform.accounts.support.ApiTest;
import org.blogplatform.accounts.support.Concurrently;
import org.blogplatform.accounts.support.OnH2;
import org.blogplatform.accounts.support.OnPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

abstract class ProfileStorageApiTests extends ApiTest {

    private static final String[] FIELDS = {"bio", "avatar_url", "website_url", "twitter", "github"};

    @Autowired
    ProfileService profileService;

    private Account accountWithoutProfileRow() {
        Account account = api.newAccount();
        assertThat(jdbc.update("delete from user_profiles where user_id = ?", account.id()))
                .isEqualTo(1);
        return account;
    }

    private static Instant updatedAt(JsonNode profile) {
        return Instant.parse(profile.get("updated_at").asString());
    }

    @Test
    void putAnswersTheWholeProfileAndGetUserShowsIt() {
        Account account = api.newAccount();
        String body = "{\"bio\":\"Line one\\nline two\",\"avatar_url\":\"https://cdn.example.com/a.png\","
                + "\"website_url\":\"http://ada.example.com/about?x=1\",\"twitter\":\"@ada\",\"github\":\"ada-l\"}";

        Response response = api.putProfile(account, body);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        JsonNode profile = response.json();
        assertThat(profile.propertyNames())
                .containsExactlyInAnyOrder("bio", "avatar_url", "website_url", "twitter", "github", "updated_at");
        assertThat(profile.get("bio").asString()).isEqualTo("Line one\nline two");
        assertThat(profile.get("avatar_url").asString()).isEqualTo("https://cdn.example.com/a.png");
        assertThat(profile.get("website_url").asString()).isEqualTo("http://ada.example.com/about?x=1");
        assertThat(profile.get("twitter").asString()).isEqualTo("@ada");
        assertThat(profile.get("github").asString()).isEqualTo("ada-l");
        assertThat(api.publicProfile(account)).isEqualTo(profile);
        assertThat(api.get("/users/me/profile", account.token()).json()).isEqualTo(profile);
    }

    @Test
    void putLeavesOmittedAndNullFieldsAsTheyAre() {
        Account account = api.newAccount();
        JsonNode full = api.putProfile(
                        account,
                        "{\"bio\":\"b\",\"avatar_url\":\"https://a.example/x.png\","
                                + "\"website_url\":\"https://w.example\",\"twitter\":\"t\",\"github\":\"g\"}")
                .json();

        JsonNode nulls = api.putProfile(
                        account,
                        "{\"bio\":null,\"avatar_url\":null,\"website_url\":null,\"twitter\":null,\"github\":null}")
                .json();
        JsonNode omitted = api.putProfile(account, "{}").json();
        JsonNode one =
                api.putProfile(account, "{\"github\":\"g2\",\"twitter\":null}").json();

        for (String field : FIELDS) {
            assertThat(nulls.get(field)).as(field).isEqualTo(full.get(field));
            assertThat(omitted.get(field)).as(field).isEqualTo(full.get(field));
        }
        assertThat(one.get("github").asString()).isEqualTo("g2");
        assertThat(one.get("twitter").asString()).isEqualTo("t");
        assertThat(one.get("bio").asString()).isEqualTo("b");
        assertThat(api.publicProfile(account)).isEqualTo(one);
    }

    @Test
    void putCanSetAnEmptyBio() {
        Account account = api.newAccount();
        api.putProfile(account, "{\"bio\":\"something\"}");

        Response response = api.putProfile(account, "{\"bio\":\"\"}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(api.publicProfile(account).get("bio").asString()).isEmpty();
    }

    @Test
    void updatedAtMovesForwardOnEveryChangeWhateverTheMethod() {
        Account account = api.newAccount();
        Instant last = updatedAt(api.publicProfile(account));
        List<Response> writes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            writes.add(api.putProfile(account, "{\"bio\":\"put " + i + "\"}"));
            writes.add(api.patchProfile(
                    account, "application/merge-patch+json", "{\"twitter\":\"t" + i + "\"}", Map.of()));
            writes.add(api.patchProfile(account, "application/json", "{\"twitter\":null}", Map.of()));
        }
        for (Response write : writes) {
            assertThat(write.status()).isEqualTo(200);
            Instant now = updatedAt(write.json());
            assertThat(now).isAfter(last);
            last = now;
        }
        assertThat(updatedAt(api.publicProfile(account))).isEqualTo(last);
    }

    @Test
    void mergePatchKeepsAbsentClearsNullAndSetsValuesForBothMediaTypes() {
        for (String contentType : List.of("application/merge-patch+json", "application/json")) {
            Account account = api.newAccount();
            api.putProfile(
                    account,
                    "{\"bio\":\"b\",\"avatar_url\":\"https://a.example/x.png\","
                            + "\"website_url\":\"https://w.example\",\"twitter\":\"@t\",\"github\":\"g\"}");

            Response response = api.patchProfile(
                    account, contentType, "{\"twitter\":null,\"website_url\":null,\"github\":\"new-g\"}", Map.of());

            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            JsonNode stored = api.publicProfile(account);
            assertThat(stored).isEqualTo(response.json());
            assertThat(stored.get("twitter").isNull()).isTrue();
            assertThat(stored.get("website_url").isNull()).isTrue();
            assertThat(stored.get("github").asString()).isEqualTo("new-g");
            assertThat(stored.get("bio").asString()).isEqualTo("b");
            assertThat(stored.get("avatar_url").asString()).isEqualTo("https://a.example/x.png");
            assertThat(jdbc.queryForObject(
                            "select twitter from user_profiles where user_id = ?", String.class, account.id()))
                    .isNull();
        }
    }

    @Test
    void mergePatchRefusesBodiesThatAreNotObjects() {
        Account account = api.newAccount();
        api.putProfile(account, "{\"bio\":\"kept\"}");
        for (String body : new String[] {"[]", "[{\"bio\":null}]", "\"bio\"", "true", "3", "null"}) {
            Response response = api.patchProfile(account, "application/merge-patch+json", body, Map.of());
            assertThat(response.status()).as(body + " -> " + response).isBetween(400, 499);
            assertProblem(response, response.status());
        }
        assertThat(api.publicProfile(account).get("bio").asString()).isEqualTo("kept");
    }

    @Test
    void aMissingProfileReadsAsNullPubliclyAndAsEmptyToItsOwnerWithoutCreatingIt() {
        Account account = accountWithoutProfileRow();

        Response user = api.get("/users/" + account.id());
        assertThat(user.status()).isEqualTo(200);
        assertThat(user.json().has("profile")).isTrue();
        assertThat(user.json().get("profile").isNull()).isTrue();
        assertThat(api.get("/users/" + account.id(), account.token())
                        .json()
                        .get("profile")
                        .isNull())
                .isTrue();
        assertThat(api.get("/users/me", account.token()).json().get("profile").isNull())
                .isTrue();

        Response mine = api.get("/users/me/profile", account.token());
        assertThat(mine.status()).isEqualTo(200);
        for (String field : FIELDS) {
            assertThat(mine.json().has(field)).as(field).isTrue();
            assertThat(mine.json().get(field).isNull()).as(field).isTrue();
        }
        assertThat(profileRows(account)).isZero();
    }

    @Test
    void theFirstWriteOfAMissingProfileCreatesExactlyOneRow() {
        Account put = accountWithoutProfileRow();
        Account patched = accountWithoutProfileRow();

        Response putAnswer = api.putProfile(put, "{\"bio\":\"back\",\"twitter\":null}");
        Response patchAnswer = api.patchProfile(
                patched, "application/merge-patch+json", "{\"github\":\"back\",\"bio\":null}", Map.of());

        assertThat(putAnswer.status()).as(putAnswer.toString()).isEqualTo(200);
        assertThat(patchAnswer.status()).as(patchAnswer.toString()).isEqualTo(200);
        assertThat(profileRows(put)).isEqualTo(1);
        assertThat(profileRows(patched)).isEqualTo(1);
        assertThat(api.publicProfile(put)).isEqualTo(putAnswer.json());
        assertThat(api.publicProfile(patched)).isEqualTo(patchAnswer.json());
        assertThat(putAnswer.json().get("updated_at").isNull()).isFalse();
        assertThat(api.putProfile(put, "{\"bio\":\"again\"}").status()).isEqualTo(200);
        assertThat(profileRows(put)).isEqualTo(1);
    }

    /** The write's token was checked before the account was deleted; its profile can no longer be created. */
    @Test
    void aProfileWriteForAnAccountDeletedMeanwhileIsNotFoundNotAConflict() {
        long deleted = api.newAccount().id();
        jdbc.update("delete from users where id = ?", deleted);
        ProfileEdit edit = ProfileEdit.settingGiven(new ProfileFields("too late", null, null, null, null));

        assertThatThrownBy(() -> profileService.update(deleted, edit, Precondition.NONE))
                .isInstanceOf(ProfileOwnerGoneException.class);
    }

    @Test
    void concurrentFirstWritesAllSucceedAndLeaveExactlyOneRow() throws Exception {
        for (int round = 0; round < 3; round++) {
            Account account = accountWithoutProfileRow();
            int writers = 16;
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String body = "{\"bio\":\"writer " + i + "\"}";
                calls.add(
                        i % 2 == 0
                                ? () -> api.putProfile(account, body)
                                : () -> api.patchProfile(account, "application/merge-patch+json", body, Map.of()));
            }

            List<Response> answers = Concurrently.all(calls);

            assertThat(answers)
                    .as("round %d", round)
                    .allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(200));
            assertThat(profileRows(account)).isEqualTo(1);
            assertThat(api.publicProfile(account).get("bio").asString()).startsWith("writer ");
        }
    }

    @Test
    void concurrentWritersOfOneProfileLoseNoUpdate() throws Exception {
        Account account = api.newAccount();
        int writers = 12;
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            String body = "{\"bio\":\"writer " + i + "\"}";
            calls.add(() -> api.putProfile(account, body));
        }

        List<Response> answers = Concurrently.all(calls);

        Set<String> etags = new HashSet<>();
        for (Response answer : answers) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            etags.add(answer.header("ETag"));
        }
        assertThat(etags).hasSize(writers);
        assertThat(jdbc.queryForObject("select version from user_profiles where user_id = ?", Long.class, account.id()))
                .isEqualTo(writers);
    }

    @Test
    void aProfileWriteTakesAtMostThreeStatementsAuthenticationIncluded() {
        Account existing = api.newAccount();
        Account missing = accountWithoutProfileRow();
        Account patched = api.newAccount();

        statements.reset();
        Response first = api.putProfile(existing, "{\"bio\":\"counted\",\"twitter\":\"@c\"}");
        int existingCount = statements.count();

        statements.reset();
        Response created = api.putProfile(missing, "{\"bio\":\"created\"}");
        int missingCount = statements.count();

        statements.reset();
        Response patch = api.patchProfile(patched, "application/merge-patch+json", "{\"bio\":\"patched\"}", Map.of());
        int patchCount = statements.count();

        assertThat(first.status()).isEqualTo(200);
        assertThat(created.status()).isEqualTo(200);
        assertThat(patch.status()).isEqualTo(200);
        assertThat(existingCount).as("existing profile").isLessThanOrEqualTo(3);
        assertThat(missingCount).as("missing profile").isLessThanOrEqualTo(3);
        assertThat(patchCount).as("merge patch").isLessThanOrEqualTo(3);
        assertThat(profileRows(missing)).isEqualTo(1);
    }

    @Test
    void readingAUserWithOrWithoutProfileIsExactlyOneStatement() {
        Account withProfile = api.newAccount();
        api.putProfile(withProfile, "{\"bio\":\"here\"}");
        Account without = accountWithoutProfileRow();

        statements.reset();
        Response first = api.get("/users/" + withProfile.id());
        int withCount = statements.count();
        statements.reset();
        Response second = api.get("/users/" + without.id());
        int withoutCount = statements.count();

        assertThat(first.json().get("profile").get("bio").asString()).isEqualTo("here");
        assertThat(second.json().get("profile").isNull()).isTrue();
        assertThat(withCount).isEqualTo(1);
        assertThat(withoutCount).isEqualTo(1);
    }

    @Test
    void aProblemNeverLeaksInternals() {
        Account account = api.newAccount();
        List<Response> problems = List.of(
                api.putProfile(account, "{\"bio\":\"\\u0000\"}"),
                api.putProfile(account, "{\"bio\":"),
                api.patchProfile(account, "application/merge-patch+json", "[1]", Map.of()),
                api.send(
                        "PUT",
                        "/users/me/profile",
                        "application/json",
                        "{\"bio\":\"x\"}",
                        account.token(),
                        Map.of("If-Match", "\"-1\"")));
        for (Response problem : problems) {
            assertThat(problem.status()).isBetween(400, 499);
            assertProblem(problem, problem.status());
            assertThat(problem.body())
                    .doesNotContainIgnoringCase("hibernate")
                    .doesNotContainIgnoringCase("jackson")
                    .doesNotContainIgnoringCase("user_profiles")
                    .doesNotContain("java.", "\tat ");
        }
    }
}

@OnH2
class ProfileStorageApiOnH2Test extends ProfileStorageApiTests {}

@OnPostgres
class ProfileStorageApiOnPostgresTest extends ProfileStorageApiTests {}
