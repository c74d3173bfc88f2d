package org.blogplatform.accounts.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.blogplatform.accounts.support.ApiClient;
import org.blogplatform.accounts.support.ApiClient.Account;
import org.blogplatform.accounts.support.ApiClient.Response;
import org.blogplatform.accounts.support.ApiTest;
import org.blogplatform.accounts.support.Concurrently;
import org.blogplatform.accounts.support.OnH2;
import org.blogplatform.accounts.support.OnPostgres;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

abstract class ProfileApiTests extends ApiTest {

    @Test
    void putAppliesGivenFieldsAndLeavesOmittedOrNullOnesAlone() {
        Account account = api.newAccount();
        api.putProfile(account, "{\"bio\":\"Writes code\",\"twitter\":\"@ada\",\"github\":\"ada-l\"}");

        Response response = api.putProfile(account, "{\"bio\":\"Writes more code\",\"twitter\":null}");

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("bio").asString()).isEqualTo("Writes more code");
        assertThat(body.get("twitter").asString()).isEqualTo("@ada");
        assertThat(body.get("github").asString()).isEqualTo("ada-l");
        assertThat(body.has("email")).isFalse();
        assertThat(api.publicProfile(account).get("bio").asString()).isEqualTo("Writes more code");
    }

    @Test
    void updatedAtMovesForwardOnEveryChange() {
        Account account = api.newAccount();
        Instant before =
                Instant.parse(api.publicProfile(account).get("updated_at").asString());

        Instant first = Instant.parse(api.putProfile(account, "{\"bio\":\"one\"}")
                .json()
                .get("updated_at")
                .asString());
        Instant second = Instant.parse(api.putProfile(account, "{\"bio\":\"two\"}")
                .json()
                .get("updated_at")
                .asString());

        assertThat(first).isAfter(before);
        assertThat(second).isAfter(first);
    }

    @Test
    void invalidFieldsAre422NamingEachAndChangeNothing() {
        Account account = api.newAccount();
        api.putProfile(account, "{\"bio\":\"kept\"}");
        String body = ApiClient.json(Map.of(
                "bio", "b".repeat(501),
                "twitter", "not a handle",
                "github", "dots.not.allowed",
                "avatar_url", "ftp://example.com/a.png",
                "website_url", "/relative/path"));

        Response response = api.putProfile(account, body);

        assertProblem(response, 422);
        List<String> fields = new ArrayList<>();
        response.json()
                .get("errors")
                .forEach(error -> fields.add(error.get("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("bio", "twitter", "github", "avatar_url", "website_url");
        assertThat(api.publicProfile(account).get("bio").asString()).isEqualTo("kept");
    }

    @Test
    void lengthsCountCharactersAsPeopleDo() {
        Account account = api.newAccount();
        String emoji = "😀";

        assertThat(api.putProfile(account, ApiClient.json(Map.of("bio", emoji.repeat(500))))
                        .status())
                .isEqualTo(200);
        assertProblem(api.putProfile(account, ApiClient.json(Map.of("bio", emoji.repeat(501)))), 422);
        assertThat(api.putProfile(account, ApiClient.json(Map.of("twitter", "@" + "é".repeat(49))))
                        .status())
                .isEqualTo(200);
        assertProblem(api.putProfile(account, ApiClient.json(Map.of("twitter", "é".repeat(51)))), 422);
    }

    @Test
    void handlesAreUnicodeWordCharactersAsInPython() {
        Account account = api.newAccount();
        for (String ok : new String[] {"@日本語_1", "Zoë", "ada"}) {
            assertThat(api.putProfile(account, ApiClient.json(Map.of("twitter", ok)))
                            .status())
                    .as(ok)
                    .isEqualTo(200);
        }
        for (String bad : new String[] {"a b", "a.b", "a-b", "@", "@@ada", ""}) {
            assertProblem(api.putProfile(account, ApiClient.json(Map.of("twitter", bad))), 422);
        }
        assertThat(api.putProfile(account, ApiClient.json(Map.of("github", "my-name_2")))
                        .status())
                .isEqualTo(200);
        assertProblem(api.putProfile(account, ApiClient.json(Map.of("github", "@me"))), 422);
    }

    @Test
    void urlsMustBeAbsoluteHttpOrHttpsWithAHost() {
        Account account = api.newAccount();
        assertThat(api.putProfile(account, ApiClient.json(Map.of("avatar_url", "https://cdn.example.com/a.png")))
                        .status())
                .isEqualTo(200);
        assertThat(api.putProfile(account, ApiClient.json(Map.of("website_url", "HTTP://Example.com")))
                        .status())
                .isEqualTo(200);
        for (String bad :
                new String[] {"javascript:alert(1)", "http://", "example.com", "mailto:a@b.c", "https:///x"}) {
            assertProblem(api.putProfile(account, ApiClient.json(Map.of("website_url", bad))), 422);
        }
        assertProblem(
                api.putProfile(account, ApiClient.json(Map.of("avatar_url", "https://e.com/" + "a".repeat(490)))), 422);
    }

    @Test
    void controlCharactersAreRefusedNeverStored() {
        Account account = api.newAccount();
        assertProblem(api.putProfile(account, "{\"bio\":\"nul\\u0000here\"}"), 422);
        assertProblem(api.putProfile(account, "{\"github\":\"a\\u0007b\"}"), 422);
        assertProblem(api.putProfile(account, "{\"bio\":\"lone \\ud800 surrogate\"}"), 422);
        assertThat(api.putProfile(account, "{\"bio\":\"lines\\nand\\ttabs\"}").status())
                .isEqualTo(200);
    }

    @Test
    void unknownFieldsAre422NamingThemAndChangeNothing() {
        Account account = api.newAccount();
        Account other = api.newAccount();

        for (String unknown : new String[] {"\"bioo\":\"x\"", "\"user_id\":" + other.id(), "\"version\":99"}) {
            String body = "{" + unknown + ",\"bio\":\"mine\"}";
            String field = unknown.substring(1, unknown.indexOf('"', 1));
            for (Response response : List.of(api.putProfile(account, body), api.patchProfile(account, body))) {
                assertProblem(response, 422);
                assertThat(response.json().get("errors").get(0).get("field").asString())
                        .isEqualTo(field);
                assertThat(response.json().get("errors").get(0).get("message").asString())
                        .isEqualTo("is not a field of this request");
            }
        }
        assertThat(api.publicProfile(account).get("bio").isNull()).isTrue();
        assertThat(api.publicProfile(other).get("bio").isNull()).isTrue();
    }

    @Test
    void aProfileReadAndSentBackIsAcceptedAndItsUpdatedAtIgnored() {
        Account account = api.newAccount();
        JsonNode read = api.get("/users/me/profile", account.token()).json();
        ((ObjectNode) read).put("bio", "round trip").put("updated_at", "2000-01-01T00:00:00Z");

        Response put = api.putProfile(account, read.toString());
        Response patch = api.patchProfile(account, read.toString());

        for (Response response : List.of(put, patch)) {
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            assertThat(response.json().get("updated_at").asString()).doesNotStartWith("2000");
        }
        assertThat(api.publicProfile(account).get("bio").asString()).isEqualTo("round trip");
    }

    @Test
    void aUserWithoutProfileRowReadsEmptyAndGetsOneRowOnFirstWrite() {
        Account account = api.newAccount();
        jdbc.update("delete from user_profiles where user_id = ?", account.id());

        assertThat(api.publicProfile(account).isNull()).isTrue();
        Response mine = api.get("/users/me/profile", account.token());
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.json().get("bio").isNull()).isTrue();
        assertThat(profileRows(account)).isZero();

        assertThat(api.putProfile(account, "{\"bio\":\"back\"}").status()).isEqualTo(200);
        assertThat(profileRows(account)).isEqualTo(1);
        assertThat(api.publicProfile(account).get("bio").asString()).isEqualTo("back");
    }

    @Test
    void concurrentFirstWritesAllSucceedAndLeaveOneRow() throws Exception {
        Account account = api.newAccount();
        jdbc.update("delete from user_profiles where user_id = ?", account.id());
        int writers = 12;
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            String body = "{\"bio\":\"writer " + i + "\"}";
            calls.add(() -> api.putProfile(account, body).status());
        }

        assertThat(Concurrently.all(calls)).containsOnly(200);
        assertThat(profileRows(account)).isEqualTo(1);
        assertThat(api.publicProfile(account).get("bio").asString()).startsWith("writer ");
    }

    @Test
    void aProfileWriteTakesAtMostThreeStatementsAuthenticationIncluded() {
        Account account = api.newAccount();
        statements.reset();
        assertThat(api.putProfile(account, "{\"bio\":\"counted\"}").status()).isEqualTo(200);
        assertThat(statements.count()).isLessThanOrEqualTo(3);

        jdbc.update("delete from user_profiles where user_id = ?", account.id());
        statements.reset();
        assertThat(api.putProfile(account, "{\"bio\":\"created\"}").status()).isEqualTo(200);
        assertThat(statements.count()).isLessThanOrEqualTo(3);
    }

    @Test
    void mergePatchClearsNullsKeepsAbsentAndSetsValues() {
        Account account = api.newAccount();
        api.putProfile(account, "{\"bio\":\"bio\",\"twitter\":\"@ada\",\"github\":\"ada\"}");

        Response response = api.patchProfile(
                account, "application/merge-patch+json", "{\"twitter\":null,\"github\":\"lovelace\"}", Map.of());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("twitter").isNull()).isTrue();
        assertThat(response.json().get("github").asString()).isEqualTo("lovelace");
        assertThat(response.json().get("bio").asString()).isEqualTo("bio");
        assertThat(api.patchProfile(account, "application/json", "{\"bio\":null}", Map.of())
                        .json()
                        .get("bio")
                        .isNull())
                .isTrue();
    }

    @Test
    void mergePatchValidatesLikePutAndRefusesNonObjects() {
        Account account = api.newAccount();
        assertProblem(
                api.patchProfile(
                        account, "application/merge-patch+json", "{\"twitter\":\"no spaces allowed\"}", Map.of()),
                422);
        assertProblem(api.patchProfile(account, "application/merge-patch+json", "[]", Map.of()), 400);
        assertProblem(api.patchProfile(account, "application/merge-patch+json", "\"bio\"", Map.of()), 400);
        assertProblem(api.patchProfile(account, "application/merge-patch+json", "{\"bio\":{\"x\":1}}", Map.of()), 422);
    }

    @Test
    void staleIfMatchIs412AndChangesNothingWhileAMatchingOneApplies() {
        Account account = api.newAccount();
        String etag = api.get("/users/me/profile", account.token()).header("ETag");
        Response first = api.send(
                "PUT",
                "/users/me/profile",
                "application/json",
                "{\"bio\":\"first\"}",
                account.token(),
                Map.of("If-Match", etag));
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("ETag")).isNotEqualTo(etag);

        Response stale = api.send(
                "PUT",
                "/users/me/profile",
                "application/json",
                "{\"bio\":\"stale\"}",
                account.token(),
                Map.of("If-Match", etag));
        Response stalePatch =
                api.patchProfile(account, "application/merge-patch+json", "{\"bio\":null}", Map.of("If-Match", etag));

        assertProblem(stale, 412);
        assertProblem(stalePatch, 412);
        assertThat(api.publicProfile(account).get("bio").asString()).isEqualTo("first");
        Response matching = api.patchProfile(
                account,
                "application/merge-patch+json",
                "{\"bio\":\"third\"}",
                Map.of("If-Match", first.header("ETag")));
        assertThat(matching.status()).isEqualTo(200);
    }

    @Test
    void ifNoneMatchWithTheCurrentEtagIs304WithoutBody() {
        Account account = api.newAccount();
        String etag = api.putProfile(account, "{\"bio\":\"cached\"}").header("ETag");

        Response notModified =
                api.send("GET", "/users/me/profile", null, null, account.token(), Map.of("If-None-Match", etag));
        Response changed =
                api.send("GET", "/users/me/profile", null, null, account.token(), Map.of("If-None-Match", "\"0\""));

        assertThat(notModified.status()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.header("ETag")).isEqualTo(etag);
    }

    @Test
    void ofTwoConcurrentConditionalWritersExactlyOneWins() throws Exception {
        Account account = api.newAccount();
        String etag = api.get("/users/me/profile", account.token()).header("ETag");
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String body = "{\"bio\":\"racer " + i + "\"}";
            calls.add(() -> api.send(
                            "PUT",
                            "/users/me/profile",
                            "application/json",
                            body,
                            account.token(),
                            Map.of("If-Match", etag))
                    .status());
        }
        List<Integer> statuses = Concurrently.all(calls);
        assertThat(statuses).containsOnly(200, 412);
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
    }
}

@OnH2
class ProfileApiOnH2Test extends ProfileApiTests {}

@OnPostgres
class ProfileApiOnPostgresTest extends ProfileApiTests {}
