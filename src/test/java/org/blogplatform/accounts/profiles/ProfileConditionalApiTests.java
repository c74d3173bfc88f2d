package org.blogplatform.accounts.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.blogplatform.accounts.support.ApiClient.Account;
import org.blogplatform.accounts.support.ApiClient.Response;
import org.blogplatform.accounts.support.ApiTest;
import org.blogplatform.accounts.support.Concurrently;
import org.blogplatform.accounts.support.OnH2;
import org.blogplatform.accounts.support.OnPostgres;
import org.junit.jupiter.api.Test;

abstract class ProfileConditionalApiTests extends ApiTest {

    private static final String STRONG_ETAG = "\"[^\"]+\"";

    private Response write(String method, Account account, String body, String ifMatch) {
        return method.equals("PUT") ? api.putProfile(account, body, ifMatch) : api.patchProfile(account, body, ifMatch);
    }

    private Response read(Account account) {
        return api.get("/users/me/profile", account.token());
    }

    private Response readIfNoneMatch(Account account, String etag) {
        return api.send("GET", "/users/me/profile", null, null, account.token(), Map.of("If-None-Match", etag));
    }

    @Test
    void getPutAndPatchAnswersCarryAStrongEtagOfTheCurrentState() {
        Account account = api.newAccount();

        Response got = read(account);
        Response put = api.putProfile(account, "{\"bio\":\"put\"}", null);
        Response afterPut = read(account);
        Response patched = api.patchProfile(account, "{\"bio\":\"patched\"}", null);
        Response afterPatch = read(account);

        for (Response response : List.of(got, put, afterPut, patched, afterPatch)) {
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.header("ETag")).as(response.toString()).matches(STRONG_ETAG);
        }
        assertThat(put.header("ETag")).isNotEqualTo(got.header("ETag")).isEqualTo(afterPut.header("ETag"));
        assertThat(patched.header("ETag")).isNotEqualTo(put.header("ETag")).isEqualTo(afterPatch.header("ETag"));
    }

    @Test
    void anUnquotedEtagIs400SayingItMustBeQuotedAndChangesNothing() {
        Account account = api.newAccount();
        api.putProfile(account, "{\"bio\":\"kept\"}");
        String current = read(account).header("ETag");
        for (String malformed : new String[] {"2", current.replace("\"", ""), "\"2", "\"1\", 2"}) {
            for (String method : List.of("PUT", "PATCH")) {
                Response refused = write(method, account, "{\"bio\":\"overwritten\"}", malformed);
                assertProblem(refused, 400);
                assertThat(refused.json().get("detail").asString())
                        .as(method + " If-Match: " + malformed)
                        .isEqualTo("If-Match must be * or quoted ETags, such as \"3\"");
            }
            Response read = readIfNoneMatch(account, malformed);
            assertProblem(read, 400);
            assertThat(read.json().get("detail").asString())
                    .isEqualTo("If-None-Match must be * or quoted ETags, such as \"3\"");
        }
        assertThat(read(account).json().get("bio").asString()).isEqualTo("kept");
        assertThat(read(account).header("ETag")).isEqualTo(current);
    }

    @Test
    void staleIfMatchIs412ProblemAndChangesNothing() {
        for (String method : List.of("PUT", "PATCH")) {
            Account account = api.newAccount();
            String stale = read(account).header("ETag");
            assertThat(api.putProfile(account, "{\"bio\":\"current\",\"twitter\":\"@ada\"}", null)
                            .status())
                    .isEqualTo(200);
            String current = read(account).header("ETag");
            Map<String, Object> before = storedProfile(account);

            Response refused = write(method, account, "{\"bio\":\"overwritten\",\"twitter\":null}", stale);

            assertProblem(refused, 412);
            assertThat(storedProfile(account)).as(method).isEqualTo(before);
            assertThat(read(account).header("ETag")).isEqualTo(current);
            assertThat(read(account).json().get("bio").asString()).isEqualTo("current");
        }
    }

    @Test
    void aMatchingIfMatchAppliesAndAnswersANewEtag() {
        for (String method : List.of("PUT", "PATCH")) {
            Account account = api.newAccount();
            String etag = read(account).header("ETag");

            Response first = write(method, account, "{\"bio\":\"first\"}", etag);
            assertThat(first.status()).as(first.toString()).isEqualTo(200);
            assertThat(first.header("ETag")).isNotEqualTo(etag);
            Response second = write(method, account, "{\"bio\":\"second\"}", first.header("ETag"));
            assertThat(second.status()).as(second.toString()).isEqualTo(200);
            assertThat(second.header("ETag")).isNotEqualTo(first.header("ETag"));

            assertThat(read(account).json().get("bio").asString()).isEqualTo("second");
            assertThat(read(account).header("ETag")).isEqualTo(second.header("ETag"));
        }
    }

    @Test
    void ifMatchAcceptsAnyOfSeveralEtagsAndTheWildcard() {
        Account account = api.newAccount();
        String current = read(account).header("ETag");

        Response listed = api.putProfile(account, "{\"bio\":\"listed\"}", "\"9999\", " + current + ", \"12345\"");
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        Response wildcard = api.putProfile(account, "{\"bio\":\"wildcard\"}", "*");
        assertThat(wildcard.status()).as(wildcard.toString()).isEqualTo(200);
        assertThat(read(account).json().get("bio").asString()).isEqualTo("wildcard");
    }

    @Test
    void aWeakEtagNeverSatisfiesIfMatch() {
        Account account = api.newAccount();
        String current = read(account).header("ETag");

        assertProblem(api.putProfile(account, "{\"bio\":\"weak\"}", "W/" + current), 412);
        assertThat(read(account).json().get("bio").isNull()).isTrue();
    }

    @Test
    void withoutIfMatchTheLastWriteWins() {
        Account account = api.newAccount();
        String seen = read(account).header("ETag");
        assertThat(api.putProfile(account, "{\"bio\":\"from the laptop\"}", null)
                        .status())
                .isEqualTo(200);

        Response phone = api.patchProfile(account, "{\"bio\":\"from the phone\"}", null);
        Response tablet = api.putProfile(account, "{\"bio\":\"from the tablet\"}", null);

        assertThat(phone.status()).isEqualTo(200);
        assertThat(tablet.status()).isEqualTo(200);
        assertThat(tablet.header("ETag")).isNotEqualTo(seen);
        assertThat(read(account).json().get("bio").asString()).isEqualTo("from the tablet");
        assertThat(api.get("/users/" + account.id())
                        .json()
                        .get("profile")
                        .get("bio")
                        .asString())
                .isEqualTo("from the tablet");
    }

    @Test
    void ifNoneMatchWithTheCurrentEtagIs304WithEmptyBodyUntilTheProfileChanges() {
        Account account = api.newAccount();
        Response written = api.putProfile(account, "{\"bio\":\"cached\"}", null);
        String etag = written.header("ETag");

        Response notModified = readIfNoneMatch(account, etag);
        assertThat(notModified.status()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();
        assertThat(notModified.header("ETag")).isEqualTo(etag);

        assertThat(api.patchProfile(account, "{\"bio\":\"changed\"}", null).status())
                .isEqualTo(200);
        Response modified = readIfNoneMatch(account, etag);
        assertThat(modified.status()).isEqualTo(200);
        assertThat(modified.json().get("bio").asString()).isEqualTo("changed");
        assertThat(modified.header("ETag")).isNotEqualTo(etag);
    }

    @Test
    void aWriteThatChangesNothingKeepsEtagAndUpdatedAt() {
        Account account = api.newAccount();
        Response written = api.putProfile(account, "{\"bio\":\"same\",\"github\":\"ada\"}", null);

        Response again = api.putProfile(account, "{\"bio\":\"same\"}", written.header("ETag"));
        Response empty = api.patchProfile(account, "{}", written.header("ETag"));

        for (Response response : List.of(again, empty)) {
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.header("ETag")).isEqualTo(written.header("ETag"));
            assertThat(response.json().get("updated_at").asString())
                    .isEqualTo(written.json().get("updated_at").asString());
        }
    }

    @Test
    void theEtagOfAMissingProfileStopsMatchingOnceAWriteCreatesTheRow() {
        Account account = api.newAccount();
        jdbc.update("delete from user_profiles where user_id = ?", account.id());
        Response empty = read(account);
        assertThat(empty.status()).isEqualTo(200);
        String etag = empty.header("ETag");
        assertThat(etag).matches(STRONG_ETAG);

        assertProblem(api.putProfile(account, "{\"bio\":\"x\"}", "\"41\""), 412);
        assertThat(profileRows(account)).isZero();

        Response created = api.putProfile(account, "{\"bio\":\"created\"}", etag);
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        assertThat(created.header("ETag")).isNotEqualTo(etag);
        assertProblem(api.patchProfile(account, "{\"bio\":null}", etag), 412);
        assertThat(read(account).json().get("bio").asString()).isEqualTo("created");
        assertThat(readIfNoneMatch(account, etag).status()).isEqualTo(200);
    }

    @Test
    void anEtagIdentifiesOneRepresentationEvenWhenAnEmptyWriteCreatesTheRow() {
        Account account = api.newAccount();
        jdbc.update("delete from user_profiles where user_id = ?", account.id());
        Response missing = read(account);

        Response created = api.putProfile(account, "{}", null);

        assertThat(created.status()).isEqualTo(200);
        assertThat(profileRows(account)).isEqualTo(1);
        assertThat(created.json()).isNotEqualTo(missing.json());
        assertThat(created.header("ETag")).isNotEqualTo(missing.header("ETag"));
        assertThat(readIfNoneMatch(account, missing.header("ETag")).status()).isEqualTo(200);
        assertProblem(api.putProfile(account, "{\"bio\":\"late\"}", missing.header("ETag")), 412);
    }

    @Test
    void twoConcurrentConditionalWritersGiveExactlyOne200AndOne412() throws Exception {
        for (int round = 0; round < 6; round++) {
            Account account = api.newAccount();
            if (round % 3 == 2) {
                jdbc.update("delete from user_profiles where user_id = ?", account.id());
            }
            String etag = read(account).header("ETag");
            String firstMethod = round % 2 == 0 ? "PUT" : "PATCH";
            String secondMethod = round % 3 == 0 ? "PUT" : "PATCH";

            List<Response> answers = Concurrently.all(List.of(
                    () -> write(firstMethod, account, "{\"bio\":\"writer one\"}", etag),
                    () -> write(secondMethod, account, "{\"bio\":\"writer two\"}", etag)));

            List<Integer> statuses =
                    answers.stream().map(Response::status).sorted().toList();
            assertThat(statuses).as("round %d: %s", round, answers).containsExactly(200, 412);
            Response winner =
                    answers.stream().filter(r -> r.status() == 200).findFirst().orElseThrow();
            Response loser =
                    answers.stream().filter(r -> r.status() == 412).findFirst().orElseThrow();
            assertProblem(loser, 412);
            assertThat(read(account).json().get("bio").asString())
                    .isEqualTo(winner.json().get("bio").asString());
            assertThat(read(account).header("ETag")).isEqualTo(winner.header("ETag"));
            assertThat(profileRows(account)).isEqualTo(1);
        }
    }
}

@OnH2
class ProfileConditionalApiOnH2Test extends ProfileConditionalApiTests {}

@OnPostgres
class ProfileConditionalApiOnPostgresTest extends ProfileConditionalApiTests {}
